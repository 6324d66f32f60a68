package org.tandem.workbench;

import java.util.List;
import org.tandem.document.InvalidEditException;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.document.StaleSegmentException;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;

/**
 * Saving what the reviewer wrote: a save is shown as saved only once the database has it; a save over someone
 * else's change opens the conflict view with both texts; fixes, inserted terms and restored versions are saves too.
 */
final class EditFlow {

    private final Workbench workbench;

    EditFlow(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Saves; the row shows the text as saved only once the database has it. Returns whether it is saved. */
    boolean save(SegmentRow row, String text, SegmentStatus status) {
        Segment before = row.segment();
        if (text.equals(before.targetText()) && (status == null || status == before.status())) {
            return true;
        }
        try {
            Segment saved = workbench.services().documents().saveTarget(workbench.document().id(), before.id(), text,
                    before.version(), status);
            row.update(saved);
            workbench.say("Saved segment " + saved.index() + (status == SegmentStatus.REVIEWED ? " as reviewed"
                    : "") + ".");
            editorOf(row).ifPresent(editor -> editor.setProblem(null));
            workbench.grid().refresh(row);
            workbench.header().updateProgress();
            workbench.recheck();
            return true;
        } catch (InvalidEditException e) {
            editorOf(row).ifPresent(editor -> editor.setProblem(String.join(" ", e.problems())));
            Workbench.error(e.getMessage());
            return false;
        } catch (StaleSegmentException e) {
            new ConflictDialog(e.current(), text, () -> {
                row.update(e.current());
                workbench.grid().refresh(row);
            }, () -> {
                row.update(e.current());
                save(row, text, status);
            }).open();
            return false;
        }
    }

    private java.util.Optional<SegmentEditor> editorOf(SegmentRow row) {
        return workbench.grid().isCurrent(row) ? workbench.grid().editor() : java.util.Optional.empty();
    }

    /** The text the reviewer has for the row: the open editor's, else the stored one. */
    String textOf(SegmentRow row) {
        return editorOf(row).map(SegmentEditor::getValue).orElse(row.segment().targetText());
    }

    /**
     * Ctrl+Enter: an editor saves what is in the editor as reviewed and goes to the next segment not reviewed yet;
     * a translator confirms it as translated and goes to the next one that is new or rejected.
     */
    void confirmAndNext(SegmentRow row) {
        boolean reviewer = workbench.editor();
        if (!save(row, textOf(row), reviewer ? SegmentStatus.REVIEWED : SegmentStatus.TRANSLATED)) {
            return;
        }
        int next = row.segment().index() + 1;
        List<Segment> following = workbench.services().documents().segments(workbench.document().id(),
                row.segment().index(), 200);
        for (Segment s : following) {
            boolean done = reviewer ? s.status() == SegmentStatus.REVIEWED || s.status() == SegmentStatus.APPROVED
                    : s.status() != SegmentStatus.NEW && s.status() != SegmentStatus.REJECTED;
            if (!done) {
                next = s.index();
                break;
            }
        }
        workbench.openIndex(next);
    }

    /** A suggestion of an issue of the open segment, applied to its span and saved. */
    void applySuggestion(Issue issue, String suggestion) {
        workbench.onCurrent(row -> {
            if (issue.start() == issue.end() && !suggestion.isEmpty()) {
                insertTerm(suggestion); // something missing (a required term): it goes where the caret is
                return;
            }
            save(row, QaService.apply(row.segment().targetText(), issue, suggestion), null);
        });
    }

    /** Inserts a glossary term into the open target at the caret (at the end when the caret is unknown). */
    void insertTerm(String term) {
        workbench.onCurrent(row -> {
            String text = textOf(row);
            int caret = editorOf(row).map(SegmentEditor::caret).orElse(-1);
            String updated;
            if (caret < 0 || caret > text.length()) {
                updated = text.isEmpty() || text.endsWith(" ") ? text + term : text + " " + term;
            } else {
                updated = text.substring(0, caret) + term + text.substring(caret);
            }
            if (save(row, updated, null)) {
                editorOf(row).ifPresent(editor -> editor.setValue(row.segment().targetText()));
            }
        });
    }

    /** The same fix in every segment that has the same issue. */
    void applyEverywhere(Issue issue, String suggestion) {
        workbench.onCurrent(row -> {
            String covered = row.segment().targetText().substring(issue.start(), issue.end());
            long documentId = workbench.document().id();
            try {
                int changed = workbench.services().issues().fixEverywhere(documentId, issue.checkId(), covered,
                        suggestion);
                row.update(workbench.services().documents().segment(documentId, row.id()));
                workbench.say("Fixed " + changed + " places.");
                workbench.grid().refreshAll();
                workbench.header().updateProgress();
                workbench.recheck();
            } catch (StaleSegmentException | InvalidEditException e) {
                Workbench.error(e.getMessage());
            }
        });
    }

    /** Puts the text a change left back as a new change; true when it is saved. */
    boolean restore(SegmentRow row, org.tandem.document.SegmentChange change) {
        try {
            Segment restored = workbench.services().history().revert(workbench.document().id(), row.id(),
                    change.id(), false, row.segment().version());
            row.update(restored);
            workbench.grid().refresh(row);
            workbench.say("Restored version " + change.version() + " of segment " + restored.index() + ".");
            workbench.recheck();
            return true;
        } catch (StaleSegmentException e) {
            new ConflictDialog(e.current(), change.afterText(), () -> {
                row.update(e.current());
                workbench.grid().refresh(row);
            }, () -> {
                row.update(e.current());
                save(row, change.afterText(), null);
            }).open();
            return true;
        } catch (InvalidEditException e) {
            Workbench.error(e.getMessage());
            return false;
        }
    }
}
