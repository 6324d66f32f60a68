package org.tandem.security.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.tandem.base.ui.DialogActions;
import org.tandem.security.UserService;

/** A signed-in user changes their own password. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserService users) {
        setHeaderTitle("Change password");
        PasswordField current = new PasswordField("Current password");
        PasswordField replacement = new PasswordField("New password");
        replacement.setHelperText("At least " + UserService.MIN_PASSWORD + " characters.");
        PasswordField again = new PasswordField("New password again");
        add(new VerticalLayout(current, replacement, again));
        DialogActions.add(this, "Change", () -> {
            if (!replacement.getValue().equals(again.getValue())) {
                throw new UserService.InvalidUserException("The two new passwords differ.");
            }
            users.changeOwnPassword(current.getValue(), replacement.getValue());
            Notification.show("Password changed.");
        }, UserService.InvalidUserException.class, ex -> {
            PasswordField field = ex.getMessage().startsWith("The current") ? current
                    : ex.getMessage().startsWith("The two") ? again : replacement;
            List.of(current, replacement, again).forEach(f -> f.setInvalid(f == field));
            field.setErrorMessage(ex.getMessage());
        });
    }
}
