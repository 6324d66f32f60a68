package org.tandem.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.tandem.base.ui.UserMenu;
import org.tandem.security.ApiTokenService;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;
import org.tandem.security.UserService;

/** In the frame: who is signed in with which role, changing one's own password, and signing out. */
@org.springframework.stereotype.Component
class AccountMenu implements UserMenu {

    private final AuthenticationContext authentication;
    private final UserService users;
    private final ApiTokenService tokens;

    AccountMenu(AuthenticationContext authentication, UserService users, ApiTokenService tokens) {
        this.authentication = authentication;
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public Component create() {
        Span who = new Span();
        who.addClassName("signed-in");
        authentication.getPrincipalName().ifPresent(name -> who.setText(name + " · " + role()));
        Button password = new Button("Password…", e -> new PasswordDialog(users).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button apiTokens = new Button("API tokens…", e -> new ApiTokensDialog(tokens).open());
        apiTokens.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout menu = new HorizontalLayout(who, password, apiTokens, signOut);
        menu.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        menu.addClassName("user-menu");
        return menu;
    }

    private static String role() {
        for (Role r : new Role[] {Role.ADMIN, Role.EDITOR, Role.TRANSLATOR}) {
            if (CurrentUser.has(r)) {
                return r.label();
            }
        }
        return "";
    }
}
