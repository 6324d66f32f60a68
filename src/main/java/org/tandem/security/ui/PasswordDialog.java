package org.tandem.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.tandem.security.UserService;

/** A signed-in user changes their own password. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserService users) {
        setHeaderTitle("Change password");
        PasswordField current = new PasswordField("Current password");
        PasswordField replacement = new PasswordField("New password");
        replacement.setHelperText("At least " + UserService.MIN_PASSWORD + " characters.");
        PasswordField again = new PasswordField("New password again");
        Button save = new Button("Change", e -> {
            if (!replacement.getValue().equals(again.getValue())) {
                again.setInvalid(true);
                again.setErrorMessage("The two new passwords differ.");
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), replacement.getValue());
                close();
                Notification.show("Password changed.");
            } catch (UserService.InvalidUserException ex) {
                boolean aboutCurrent = ex.getMessage().startsWith("The current");
                current.setInvalid(aboutCurrent);
                replacement.setInvalid(!aboutCurrent);
                (aboutCurrent ? current : replacement).setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(current, replacement, again));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
