package org.tandem.workbench;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.tandem.base.ui.DialogActions;

/** Rejecting a segment asks why; the dialog stays open while the rejection is refused. */
final class RejectDialog extends Dialog {

    /** @param reject rejects with the reason given; false when it was refused (and said why) */
    RejectDialog(int index, Predicate<String> reject) {
        setHeaderTitle("Reject segment " + index);
        TextArea reason = new TextArea("Reason");
        reason.setWidth("28em");
        reason.addClassName("reject-reason");
        Span problem = new Span();
        add(reason, problem);
        DialogActions.add(this, problem, "Reject", () -> {
            if (!reject.test(reason.getValue())) {
                throw new IllegalArgumentException("The segment was not rejected.");
            }
        }).addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
}
