package org.tandem.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

/** A dialog's Cancel and primary button: the action closes it, or its refusal is shown in the dialog. */
public final class DialogActions {

    private DialogActions() {
    }

    /**
     * @param action throws IllegalArgumentException with what is wrong, shown in {@code problem}
     * @return the primary button
     */
    public static Button add(Dialog dialog, Span problem, String label, Runnable action) {
        problem.addClassName("dialog-problem");
        Button primary = new Button(label, e -> {
            try {
                action.run();
                dialog.close();
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
            }
        });
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), primary);
        return primary;
    }
}
