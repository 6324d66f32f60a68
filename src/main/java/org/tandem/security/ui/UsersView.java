package org.tandem.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tandem.base.ui.DialogActions;
import org.tandem.base.ui.MainLayout;
import org.tandem.security.AppUser;
import org.tandem.security.Role;
import org.tandem.security.SignInThrottle;
import org.tandem.security.UserService;

/** Administrators manage who may sign in and with which role. */
@Route(value = "users", layout = MainLayout.class)
@Menu(title = "Users", order = 3)
@PageTitle("Users · Tandem")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final UserService users;
    private final Grid<AppUser> grid = new Grid<>();
    private final Grid<SignInThrottle.Lock> locks = new Grid<>();
    private final H3 locksTitle = new H3("Paused sign-ins");

    public UsersView(UserService users) {
        this.users = users;
        addClassName("users-view");
        grid.addClassName("users-grid");
        grid.addColumn(AppUser::username).setHeader("User").setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(this::enabledBox).setHeader("May sign in").setAutoWidth(true);
        grid.addColumn(u -> WHEN.format(u.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("");
        Button add = new Button("New user…", e -> newUser());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        locks.addClassName("sign-in-locks");
        locks.addColumn(l -> (l.address() ? "address " : "user ") + l.who()).setHeader("Who").setAutoWidth(true);
        locks.addColumn(SignInThrottle.Lock::failures).setHeader("Failed sign-ins").setAutoWidth(true);
        locks.addColumn(l -> WHEN_SECONDS.format(l.until())).setHeader("Paused until").setAutoWidth(true);
        locks.addComponentColumn(l -> {
            Button lift = new Button("Lift", e -> attempt(() -> users.liftSignInLock(l), l.who()
                    + " may sign in again."));
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            lift.setAriaLabel("Lift the lock of " + l.who());
            return lift;
        }).setKey("lift");
        locks.setAllRowsVisible(true);
        Button refreshLocks = new Button("Refresh", e -> refresh());
        refreshLocks.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new H2("Users"), add, grid, new HorizontalLayout(locksTitle, refreshLocks), locks);
        setSizeFull();
        refresh();
    }

    private static final DateTimeFormatter WHEN_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private void refresh() {
        grid.setItems(users.users());
        List<SignInThrottle.Lock> paused = users.signInLocks();
        locks.setItems(paused);
        locks.setVisible(!paused.isEmpty());
        locksTitle.setText(paused.isEmpty() ? "No paused sign-ins" : "Paused sign-ins");
    }

    private Select<Role> roleSelect(AppUser user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != user.role()) {
                attempt(() -> users.changeRole(user.id(), e.getValue()), user.username() + " is now "
                        + e.getValue().label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        });
        return select;
    }

    private Checkbox enabledBox(AppUser user) {
        Checkbox box = new Checkbox(user.enabled());
        box.setAriaLabel(user.username() + " may sign in");
        box.addValueChangeListener(e -> attempt(() -> users.setEnabled(user.id(), e.getValue()),
                user.username() + (e.getValue() ? " may sign in again." : " may no longer sign in.")));
        return box;
    }

    private HorizontalLayout actions(AppUser user) {
        Button reset = new Button("Reset password", e -> {
            try {
                showPassword(user.username(), users.resetPassword(user.id()));
            } catch (UserService.InvalidUserException ex) {
                error(ex.getMessage());
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button("Delete", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete " + user.username() + "?",
                    "Their history, comments and dismissals keep their name.", "Delete",
                    ok -> attempt(() -> users.delete(user.id()), user.username() + " deleted."));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(reset, delete);
    }

    private void newUser() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        TextField name = new TextField("User name");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.TRANSLATOR);
        PasswordField password = new PasswordField("Password");
        password.setHelperText("At least " + UserService.MIN_PASSWORD + " characters; leave empty for a random one.");
        dialog.add(new VerticalLayout(name, role, password));
        DialogActions.add(dialog, "Create", () -> {
            if (password.isEmpty()) {
                String given = users.createWithRandomPassword(name.getValue(), role.getValue());
                showPassword(name.getValue().trim(), given);
            } else {
                users.create(name.getValue(), role.getValue(), password.getValue());
                Notification.show(name.getValue().trim() + " created.");
            }
            refresh();
        }, UserService.InvalidUserException.class, ex -> {
            boolean aboutPassword = ex.getMessage().startsWith("A password");
            password.setInvalid(aboutPassword);
            name.setInvalid(!aboutPassword);
            (aboutPassword ? password : name).setErrorMessage(ex.getMessage());
        });
        dialog.open();
        name.focus();
    }

    private void showPassword(String username, String password) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle("Password of " + username);
        Paragraph text = new Paragraph(password);
        text.addClassName("new-password");
        shown.add(new Paragraph("Hand it over now: it is not shown again."), text);
        shown.getFooter().add(new Button("Done", e -> shown.close()));
        shown.open();
    }

    private void attempt(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done);
        } catch (UserService.InvalidUserException ex) {
            error(ex.getMessage());
        }
        refresh();
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
