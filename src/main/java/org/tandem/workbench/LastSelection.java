package org.tandem.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the user last selected in a source cell or the target editor, as {@code term-selection.js} remembers it,
 * offered in a dialog's field (left alone if the user typed there first).
 */
final class LastSelection {

    private LastSelection() {
    }

    /** @param side {@code source} or {@code target} */
    static void prefill(Component host, TextField field, String side) {
        host.getElement().executeJs("return ((window.tandemTermSelection || {})[$0]) || ''", side)
                .then(String.class, text -> {
                    if (field.isEmpty() && !text.isBlank()) {
                        field.setValue(text);
                    }
                });
    }
}
