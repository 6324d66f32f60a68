package org.tandem.workbench;

import com.vaadin.flow.component.notification.Notification;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tandem.document.InvalidEditException;
import org.tandem.document.Segment;
import org.tandem.document.SegmentChange;
import org.tandem.document.SegmentStatus;
import org.tandem.document.StaleSegmentException;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;

/**
 * Saving what the reviewer wrote: a save is shown as saved only once the database has it; a save over someone
 * else's change opens the conflict view with both texts, one view at a time per segment, and no other save of that
 * segment starts while it is open; fixes, inserted terms and restored versions are saves too. The open editor is
 * never drawn anew by any of this: what is typed in it stays.
 */
final class EditFlow {

    private final Workbench workbench;
    /** Segments whose conflict view is open: their next save waits for the reviewer's choice there. */
    private final Set<Long> inConflict = new HashSet<>();

    EditFlow(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Saves; the row shows the text as saved only once the database has it. Returns whether it is saved. */
    boolean save(SegmentRow row, String text, SegmentStatus status) {
        Segment before = row.segment();
        if (inConflict.contains(before.id())) {
            return false;
        }
        if (text.equals(before.targetText()) && (status == null || status == before.status())) {
            return true;
        }
        try {
            Segment saved = workbench.services().documents().saveTarget(workbench.document().id(), before.id(), text,
                    before.version(), status);
            row.update(saved);
            workbench.say(savedMessage(before, saved, status));
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
            conflict(row, text, status, e.current());
            return false;
        }
    }

    private static String savedMessage(Segment before, Segment saved, SegmentStatus asked) {
        String message = "Saved segment " + saved.index() + (asked == SegmentStatus.REVIEWED ? " as reviewed" : "")
                + ".";
        boolean demoted = asked == null && (before.status() == SegmentStatus.APPROVED
                || before.status() == SegmentStatus.REVIEWED) && saved.status() != before.status();
        return demoted ? message + " It was " + before.status().name().toLowerCase(Locale.ROOT)
                + "; changed, it is " + saved.status().name().toLowerCase(Locale.ROOT) + " again." : message;
    }

    /** Someone else saved first: both texts, theirs and what this reviewer has; one view per segment at a time. */
    private void conflict(SegmentRow row, String mine, SegmentStatus status, Segment theirs) {
        inConflict.add(row.id());
        ConflictDialog dialog = new ConflictDialog(theirs, mine, () -> {
            row.update(theirs);
            showStored(row);
        }, () -> {
            row.update(theirs);
            inConflict.remove(row.id());
            save(row, mine, status);
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                inConflict.remove(row.id());
            }
        });
        dialog.open();
    }

    private Optional<SegmentEditor> editorOf(SegmentRow row) {
        return workbench.grid().isCurrent(row) ? workbench.grid().editor() : Optional.empty();
    }

    /** The row's text as stored shown in its editor (if open) and its row. */
    private void showStored(SegmentRow row) {
        if (workbench.grid().isCurrent(row)) {
            workbench.grid().showStoredText();
        } else {
            workbench.grid().refresh(row);
        }
    }

    /** The issues of the text as typed so far, underlined in the editor (nothing is saved). */
    void checkDraft(SegmentRow row, SegmentEditor editor, String draft) {
        if (!workbench.grid().isCurrent(row)) {
            return;
        }
        editor.showIssues(draft, workbench.services().issues().check(workbench.document().id(), row.id(), draft));
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
        workbench.openIndex(nextNeedingWork(row.segment().index()));
    }

    /**
     * The index of the next segment after {@code index} that needs work: for an editor one not reviewed or
     * approved, for a translator one that is new or rejected; else the next one.
     */
    int nextNeedingWork(int index) {
        boolean reviewer = workbench.editor();
        List<Segment> following = workbench.services().documents().segments(workbench.document().id(), index, 200);
        for (Segment s : following) {
            boolean done = reviewer ? s.status() == SegmentStatus.REVIEWED || s.status() == SegmentStatus.APPROVED
                    : s.status() != SegmentStatus.NEW && s.status() != SegmentStatus.REJECTED;
            if (!done) {
                return s.index();
            }
        }
        return index + 1;
    }

    /** Ctrl+Insert: the source, inline codes and all, becomes the target (saved, kept in the history). */
    void copySource(SegmentRow row) {
        if (save(row, row.segment().source(), null)) {
            workbench.grid().showStoredText();
            workbench.grid().refocus();
        }
    }

    /** Ctrl+Alt+Z: the last save of this segment undone, as a new change that puts back the text before it. */
    void undoLastSave(SegmentRow row) {
        List<SegmentChange> changes = workbench.services().history().history(workbench.document().id(), row.id());
        Optional<SegmentChange> last = changes.stream().filter(c -> c.before() != null
                && !c.beforeText().equals(c.afterText())).reduce((a, b) -> b);
        if (last.isEmpty() || !last.get().afterText().equals(row.segment().targetText())) {
            workbench.say("Segment " + row.segment().index() + " has no save of its text to undo.");
            return;
        }
        restore(row, last.get().beforeText(), "the text before version " + last.get().version());
    }

    /**
     * A suggestion of an issue of the open segment, applied to its span and saved. {@code shownFor} is the target the
     * issue was shown for: when what was typed meanwhile is saved first, the suggestion goes to the same issue in the
     * text as saved, or the reviewer is told that it is gone; it is never applied to a span that moved.
     */
    void applySuggestion(Issue issue, String suggestion, String shownFor) {
        workbench.onCurrent(row -> {
            Optional<Issue> now = sameIssueNow(row, issue, suggestion, shownFor);
            if (now.isEmpty()) {
                Notification.show("The text changed since this issue was shown, and it is no longer there.",
                        5000, Notification.Position.BOTTOM_START);
                return;
            }
            Issue found = now.get();
            if (found.start() == found.end() && !suggestion.isEmpty()) {
                insertTerm(suggestion); // something missing (a required term): it goes where the caret is
                workbench.services().issues().applied(workbench.document().id(), found);
                return;
            }
            if (save(row, QaService.apply(row.segment().targetText(), found, suggestion), null)) {
                workbench.services().issues().applied(workbench.document().id(), found);
                workbench.grid().showStoredText();
                workbench.grid().refocus();
            }
        });
    }

    /** The issue as found in the text as saved now: the same one, or the one of its check on the same words. */
    private Optional<Issue> sameIssueNow(SegmentRow row, Issue issue, String suggestion, String shownFor) {
        String text = row.segment().targetText();
        if (text.equals(shownFor)) {
            return Optional.of(issue);
        }
        String covered = shownFor.substring(Math.min(issue.start(), shownFor.length()),
                Math.min(issue.end(), shownFor.length()));
        return workbench.results().of(row.id()).stream()
                .filter(i -> i.checkId().equals(issue.checkId()) && i.suggestions().contains(suggestion)
                        && i.end() <= text.length() && text.substring(i.start(), i.end()).equals(covered))
                .min((a, b) -> Integer.compare(Math.abs(a.start() - issue.start()), Math.abs(b.start() - issue.start())));
    }

    /**
     * Puts a glossary term into the open target over what was selected there, or at the caret, at word boundaries
     * and spaced ({@link TermInsertion}); where the caret was never placed in this segment's editor, it says so and
     * changes nothing.
     */
    void insertTerm(String term) {
        workbench.onCurrent(row -> {
            Optional<int[]> selection = editorOf(row).flatMap(SegmentEditor::selection);
            if (selection.isEmpty()) {
                workbench.say("Put the caret where “" + term + "” goes in the target, then click it again.");
                return;
            }
            String text = textOf(row);
            int[] at = selection.get();
            if (save(row, TermInsertion.insert(text, Math.min(at[0], text.length()),
                    Math.min(at[1], text.length()), term), null)) {
                workbench.grid().showStoredText();
                workbench.grid().refocus();
            }
        });
    }

    /**
     * A translation memory match put into the open segment's target in place of what is there, its codes fitted to
     * the segment; what was typed is saved first, so the history keeps it and Ctrl+Alt+Z brings it back.
     */
    void insertMatch(org.tandem.memory.MemoryMatch match) {
        workbench.onCurrent(row -> {
            if (!save(row, textOf(row), null)) {
                return;
            }
            String text = org.tandem.memory.MemoryService.targetFor(match.unit(), row.segment().source());
            if (save(row, text, null)) {
                workbench.say("Put the " + match.score() + " % match into segment " + row.segment().index()
                        + " (Ctrl+Alt+Z undoes it).");
                workbench.grid().showStoredText();
                workbench.grid().refocus();
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
                workbench.say("Fixed " + changed + " places: “" + covered + "” → “" + suggestion + "”.");
                workbench.grid().refreshAll();
                workbench.grid().showStoredText();
                workbench.header().updateProgress();
                workbench.recheck();
                workbench.grid().refocus();
            } catch (StaleSegmentException | InvalidEditException e) {
                Workbench.error(e.getMessage());
            }
        });
    }

    /** Puts a text of the row's history back as a new change; true when the history view may close. */
    boolean restore(SegmentRow row, String text, String what) {
        try {
            Segment restored = workbench.services().documents().saveTarget(workbench.document().id(), row.id(), text,
                    row.segment().version(), null);
            row.update(restored);
            showStored(row);
            workbench.say("Restored " + what + " of segment " + restored.index() + ".");
            workbench.recheck();
            workbench.grid().refocus();
            return true;
        } catch (StaleSegmentException e) {
            conflict(row, text, null, e.current());
            return true;
        } catch (InvalidEditException e) {
            Workbench.error(e.getMessage());
            return false;
        }
    }

    /** Puts the machine translation back (the "Revert to MT" action); true when the history view may close. */
    boolean restoreMachineTranslation(SegmentRow row) {
        String mt = row.segment().mtTarget();
        if (mt == null) {
            Workbench.error("Segment " + row.segment().index() + " had no machine translation.");
            return false;
        }
        return restore(row, mt, "the machine translation");
    }

    /** Puts back the text a saved change left. */
    boolean restore(SegmentRow row, SegmentChange change) {
        return restore(row, change.afterText(), "version " + change.version());
    }
}
