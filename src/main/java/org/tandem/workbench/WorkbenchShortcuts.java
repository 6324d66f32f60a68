package org.tandem.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.List;
import org.tandem.document.Segment;

/**
 * The workbench's keyboard: Ctrl+Enter confirms and moves on, Ctrl+↑/↓ move between segments, Alt+↑/↓ between
 * issues, Alt+1…9 apply a suggestion, Ctrl+Shift+F fixes all, Ctrl+D dismisses, Ctrl+F / Ctrl+H search and replace
 * across the document (F3 / Shift+F3 the next or previous hit), Ctrl+Shift+1…3 insert a translation memory match,
 * Ctrl+K opens the concordance, F1 shows them all.
 */
final class WorkbenchShortcuts {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
            Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};

    private final Workbench workbench;

    private WorkbenchShortcuts(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * Registers the keys on {@code scope}, the whole workbench, so that they work wherever the focus is in it (the
     * editor, the grid, the side panel or the header).
     */
    static void register(Workbench workbench, Component scope) {
        WorkbenchShortcuts keys = new WorkbenchShortcuts(workbench);
        EditFlow edits = workbench.edits();
        on(scope, () -> workbench.onCurrent(edits::confirmAndNext), Key.ENTER, KeyModifier.CONTROL);
        on(scope, () -> workbench.onCurrent(row -> workbench.openIndex(row.segment().index() + 1)), Key.ARROW_DOWN,
                KeyModifier.CONTROL);
        on(scope, () -> workbench.onCurrent(row -> workbench.openIndex(row.segment().index() - 1)), Key.ARROW_UP,
                KeyModifier.CONTROL);
        on(scope, () -> workbench.openIndex(edits.nextNeedingWork(workbench.current()
                .map(row -> row.segment().index()).orElse(0))), Key.ARROW_DOWN, KeyModifier.CONTROL, KeyModifier.SHIFT);
        on(scope, () -> workbench.onCurrent(edits::copySource), Key.INSERT, KeyModifier.CONTROL);
        on(scope, () -> workbench.onCurrent(edits::undoLastSave), Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.ALT);
        on(scope, () -> new GoToDialog(workbench.document().segmentCount(), workbench::openIndex).open(), Key.KEY_G,
                KeyModifier.CONTROL);
        on(scope, () -> keys.nextIssue(1), Key.ARROW_DOWN, KeyModifier.ALT);
        on(scope, () -> keys.nextIssue(-1), Key.ARROW_UP, KeyModifier.ALT);
        for (int i = 0; i < DIGITS.length; i++) {
            int n = i + 1;
            on(scope, () -> keys.applyFocused(n), DIGITS[i], KeyModifier.ALT);
        }
        for (int i = 0; i < MemoryPanel.SHOWN; i++) {
            int n = i + 1;
            on(scope, () -> keys.insertMatch(n), DIGITS[i], KeyModifier.CONTROL, KeyModifier.SHIFT);
        }
        on(scope, () -> new ConcordanceDialog(workbench).open(), Key.KEY_K, KeyModifier.CONTROL);
        on(scope, keys::fixAllFocused, Key.KEY_F, KeyModifier.CONTROL, KeyModifier.SHIFT);
        on(scope, keys::dismissFocused, Key.KEY_D, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(scope, ShortcutsHelp::open, Key.F1).listenOn(scope);
        // the document's own search, instead of the browser's, which sees only the rows on screen
        on(scope, () -> workbench.search().open(false), Key.KEY_F, KeyModifier.CONTROL);
        on(scope, () -> workbench.search().open(true), Key.KEY_H, KeyModifier.CONTROL);
        on(scope, () -> new IssueListDialog(workbench).open(), Key.KEY_L, KeyModifier.CONTROL, KeyModifier.SHIFT);
        on(scope, () -> workbench.search().next(1), Key.F3);
        on(scope, () -> workbench.search().next(-1), Key.F3, KeyModifier.SHIFT);
    }

    private static void on(Component scope, Runnable action, Key key, KeyModifier... modifiers) {
        Shortcuts.addShortcutListener(scope, action::run, key, modifiers).listenOn(scope).resetFocusOnActiveElement();
    }

    /** Alt+↓/Alt+↑: the next (or previous) issue, in this segment first, then in the following segments. */
    void nextIssue(int direction) {
        IssuePanel panel = workbench.side().issues();
        if (workbench.current().isPresent() && panel.moveFocus(direction)) {
            return;
        }
        List<Long> ids = workbench.results().segmentIds();
        int from = workbench.current().map(row -> ids.indexOf(row.id())).orElse(direction > 0 ? -1 : ids.size());
        for (int i = from + direction; i >= 0 && i < ids.size(); i += direction) {
            if (!workbench.results().of(ids.get(i)).isEmpty()) {
                Segment segment = workbench.services().documents().segment(workbench.document().id(), ids.get(i));
                workbench.grid().scrollToIndex(segment.index() - 1);
                workbench.open(new SegmentRow(segment));
                if (direction < 0) {
                    panel.focusLast();
                }
                return;
            }
        }
        workbench.say(direction > 0 ? "No more issues below." : "No more issues above.");
    }

    /** Alt+n: apply suggestion n of the focused issue. */
    void applyFocused(int n) {
        IssuePanel panel = workbench.side().issues();
        panel.focused().filter(i -> i.suggestions().size() >= n).ifPresent(i -> workbench.edits()
                .applySuggestion(i, i.suggestions().get(n - 1), panel.shownFor(i)));
    }

    /** Ctrl+Shift+n: put translation memory match n into the target. */
    void insertMatch(int n) {
        workbench.current().ifPresent(row -> workbench.side().memory().match(n).ifPresentOrElse(
                workbench.edits()::insertMatch,
                () -> workbench.say("Segment " + row.segment().index() + " has no memory match " + n + ".")));
    }

    /** Ctrl+Shift+F: apply the focused issue's first suggestion everywhere it applies. */
    void fixAllFocused() {
        workbench.side().issues().focused().filter(i -> !i.suggestions().isEmpty())
                .ifPresent(i -> workbench.edits().applyEverywhere(i, i.suggestions().get(0)));
    }

    /** Ctrl+D: dismiss the focused issue. */
    void dismissFocused() {
        workbench.side().issues().focused().ifPresent(i -> workbench.review().dismiss(i, null));
    }
}
