package org.tandem.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

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
        return add(dialog, label, action, IllegalArgumentException.class,
                refusal -> problem.setText(refusal.getMessage()));
    }

    /**
     * @param action  throws a {@code refusal} exception with what is wrong, which {@code refused} shows in the dialog
     *                (beside the field it is about); any other failure goes on as it is
     * @return the primary button
     */
    public static <E extends RuntimeException> Button add(Dialog dialog, String label, Runnable action,
                                                          Class<E> refusal, Consumer<E> refused) {
        Button primary = new Button(label, e -> {
            try {
                action.run();
                dialog.close();
            } catch (RuntimeException ex) {
                if (!refusal.isInstance(ex)) {
                    throw ex;
                }
                refused.accept(refusal.cast(ex));
            }
        });
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), primary);
        return primary;
    }
}
