package org.tandem.workbench;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Locale;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.document.StaleSegmentException;
import org.tandem.qa.Issue;
import org.tandem.review.IssueService;
import org.tandem.review.DuplicateMqmErrorException;
import org.tandem.review.InvalidStatusException;
import org.tandem.review.MqmError;
import org.tandem.review.MqmService;

/**
 * The reviewer's actions on the open segment and the document: approve, reject, approve all, dismiss an issue,
 * MQM errors, comments, history, and the termbases the document is checked against.
 */
final class ReviewActions {

    private final Workbench workbench;

    ReviewActions(Workbench workbench) {
        this.workbench = workbench;
    }

    private long documentId() {
        return workbench.document().id();
    }

    void approve() {
        workbench.onCurrent(row -> setStatus(row, SegmentStatus.APPROVED, null));
    }

    void askRejection() {
        workbench.onCurrent(row -> new RejectDialog(row.segment().index(),
                reason -> setStatus(row, SegmentStatus.REJECTED, reason)).open());
    }

    /** Approves or rejects the segment as it is saved; the grid and progress follow. Returns whether it did. */
    boolean setStatus(SegmentRow row, SegmentStatus status, String reason) {
        try {
            Segment saved = workbench.services().statuses().setStatus(documentId(), row.id(), status, reason,
                    row.segment().version());
            row.update(saved);
            workbench.grid().refresh(row);
            workbench.header().updateProgress();
            workbench.say("Segment " + saved.index() + " " + status.name().toLowerCase(Locale.ROOT) + ".");
            workbench.grid().refocus();
            return true;
        } catch (InvalidStatusException e) {
            Workbench.error(e.getMessage());
        } catch (StaleSegmentException e) {
            row.update(e.current());
            workbench.grid().refresh(row);
            Workbench.error("Segment " + e.current().index() + " was saved by someone else meanwhile: look at it "
                    + "again.");
        }
        return false;
    }

    /** Approves every segment with a target and no major or critical issue, after saying how many. */
    void approveAll() {
        var preview = workbench.services().statuses().approvalPreview(documentId());
        ConfirmDialog confirm = new ConfirmDialog("Approve all segments without major issues?",
                preview.segments() == 0 ? "No segment can be approved: each is approved, rejected, empty or has a "
                        + "major or critical issue." : "This approves " + preview.segments() + " segment"
                        + (preview.segments() == 1 ? "" : "s") + " that have a target, are not approved or rejected, "
                        + "and have no major or critical issue; " + preview.withMinorIssues() + " of them still "
                        + (preview.withMinorIssues() == 1 ? "has" : "have") + " minor issues.",
                "Approve " + preview.segments(), e -> {
                    int n = workbench.services().statuses().approveAllWithoutMajorIssues(documentId());
                    workbench.grid().refreshAll();
                    workbench.header().updateProgress();
                    workbench.say("Approved " + n + " segment" + (n == 1 ? "" : "s") + ".");
                });
        confirm.addClassName("approve-all-dialog");
        confirm.setCancelable(true);
        confirm.open();
    }

    void dismiss(Issue issue, String reason) {
        dismiss(issue, reason, IssueService.DismissScope.ISSUE);
    }

    /** Dismisses the issue, or its rule in the document, or its finding on this text everywhere in the pair. */
    void dismiss(Issue issue, String reason, IssueService.DismissScope scope) {
        workbench.onCurrent(row -> {
            try {
                workbench.services().issues().dismiss(documentId(), row.id(), issue, reason, scope);
            } catch (IllegalArgumentException e) {
                Workbench.error(e.getMessage());
                return;
            }
            workbench.say(switch (scope) {
                case ISSUE -> "Dismissed a " + issue.checkId() + " issue in segment " + row.segment().index() + ".";
                case DOCUMENT -> "Dismissed every " + org.tandem.qa.CheckProfile.key(issue)
                        + " finding in this document.";
                case EVERYWHERE -> "Dismissed " + org.tandem.qa.CheckProfile.key(issue) + " on this text in every "
                        + "document of this language pair.";
            });
            if (scope != IssueService.DismissScope.ISSUE) {
                workbench.grid().refreshAll();
            }
            workbench.recheck();
            workbench.grid().refocus();
        });
    }

    /** One click: the open segment's automatic issue becomes an MQM error with its span, category and severity. */
    void confirmAsMqm(Issue issue) {
        workbench.onCurrent(row -> {
            try {
                workbench.services().mqm().confirm(documentId(), row.id(), issue);
                workbench.say("Confirmed as an MQM error: " + issue.message());
            } catch (DuplicateMqmErrorException e) {
                workbench.say(e.getMessage());
            }
            workbench.side().showMqm(row);
            workbench.side().showIssues(row);
            workbench.grid().refocus();
        });
    }

    void markMqm(MqmService.Marking marking) {
        workbench.onCurrent(row -> {
            workbench.services().mqm().mark(documentId(), row.id(), marking);
            workbench.side().showMqm(row);
        });
    }

    void deleteMqm(MqmError error) {
        workbench.services().mqm().delete(documentId(), error.id());
        workbench.onCurrent(workbench.side()::showMqm);
    }

    /** The open segment's comment threads; the status column counts the open ones. */
    void showComments() {
        workbench.onCurrent(row -> {
            var comments = workbench.services().comments();
            CommentsDialog dialog = new CommentsDialog("Comments on segment " + row.segment().index(),
                    () -> comments.comments(documentId(), row.id()), new CommentsDialog.Actions() {
                        @Override
                        public void comment(Long thread, String text) {
                            comments.comment(documentId(), row.id(), thread, text);
                        }

                        @Override
                        public void resolve(long thread, boolean resolved) {
                            comments.resolve(documentId(), row.id(), thread, resolved);
                        }
                    });
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    workbench.results().reloadThreads();
                    workbench.grid().refresh(row);
                }
            });
            dialog.open();
        });
    }

    /** The open segment's changes against the machine translation and each other, with restore. */
    void showHistory() {
        workbench.onCurrent(row -> {
            Segment segment = workbench.services().documents().segment(documentId(), row.id());
            HistoryDialog[] dialog = new HistoryDialog[1];
            dialog[0] = new HistoryDialog(segment, workbench.services().history().history(documentId(), row.id()),
                    change -> {
                        if (workbench.edits().restore(row, change)) {
                            dialog[0].close();
                        }
                    }, () -> {
                        if (workbench.edits().restoreMachineTranslation(row)) {
                            dialog[0].close();
                        }
                    });
            dialog[0].open();
        });
    }

    /** The termbases this document is checked against, chosen in a dialog; the document is checked again. */
    void chooseTermbases() {
        var glossaries = workbench.services().glossaries();
        var doc = workbench.document();
        new TermbasesDialog(glossaries.termbases(), glossaries.termbasesFor(doc.id(), doc.sourceLang(),
                doc.targetLang()), chosen -> {
                    glossaries.chooseTermbases(doc.id(), chosen.stream().map(t -> t.id()).toList());
                    workbench.recheck();
                    workbench.onCurrent(workbench.side()::showTerms);
                    workbench.say("Checked against " + chosen.size() + " termbase(s).");
                }).open();
    }

    /** "Add to glossary": a term pair for the termbases this document is checked against; the check runs again. */
    void addToGlossary(String source, String target) {
        var doc = workbench.document();
        workbench.services().glossaries().addTermPair(doc.id(), doc.sourceLang(), source, doc.targetLang(), target);
        workbench.say("Added “" + source.strip() + "” → “" + target.strip() + "” to the glossary.");
        workbench.recheck();
        workbench.onCurrent(workbench.side()::showTerms);
    }
}
