package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** F1: the workbench's keyboard shortcuts. */
final class ShortcutsHelp {

    static final String[][] KEYS = {
            {"Ctrl+Enter", "save, confirm (reviewed; translated for translators), go to the next segment that needs "
                    + "work"},
            {"Ctrl+↑ / Ctrl+↓", "previous / next segment"},
            {"Ctrl+Shift+↓", "next segment that needs work (not reviewed; for translators: new or rejected)"},
            {"Ctrl+G", "go to segment number…"},
            {"Ctrl+Insert", "copy the source into the target"},
            {"Ctrl+Alt+Z", "undo the last save of this segment (kept in its history)"},
            {"Alt+↓ / Alt+↑", "next / previous issue"},
            {"Alt+1…9", "apply suggestion n of the focused issue"}, {"Ctrl+Shift+F", "fix all occurrences"},
            {"Ctrl+D", "dismiss the focused issue"}, {"Shift+Enter", "line break in the target"},
            {"Ctrl+F", "search the whole document (source, target or both; case, whole words, regex)"},
            {"Ctrl+H", "search and replace in the targets (Replace all… previews every change; Undo after)"},
            {"Enter / Shift+Enter in the search, F3 / Shift+F3", "next / previous hit"},
            {"Esc in the search", "close it"},
            {"Ctrl+Shift+L", "every issue of the document in one list: ↑/↓, Enter goes to it, Alt+1 applies, Ctrl+D "
                    + "dismisses (the ticked ones at once, with one reason)"},
            {"Ctrl+Shift+1…3", "put translation memory match n (beside the segment) into the target"},
            {"Ctrl+K", "concordance: how a word or phrase was translated before (the selected source text is looked "
                    + "up)"},
            {"F1", "this help"}};

    private ShortcutsHelp() {
    }

    static void open() {
        Dialog help = new Dialog();
        help.setHeaderTitle("Keyboard shortcuts");
        help.addClassName("shortcuts-help");
        for (String[] key : KEYS) {
            Span k = new Span(key[0]);
            k.addClassName("shortcut-key");
            help.add(new Div(k, new Span(" " + key[1])));
        }
        help.getFooter().add(new Button("Close", e -> help.close()));
        help.open();
    }
}
