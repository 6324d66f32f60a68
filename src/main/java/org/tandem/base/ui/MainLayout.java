package org.tandem.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;
import org.tandem.security.UserService;
import org.tandem.security.ui.PasswordDialog;

/** The frame around every view: the product name, the navigation and who is signed in. */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, UserService users) {
        Span brand = new Span("Tandem");
        brand.addClassName("brand");
        Anchor documents = link("", "Documents");
        Anchor glossaries = link("glossaries", "Glossaries");
        Anchor api = new Anchor("api/documents", "API");
        api.setTarget("_blank");
        HorizontalLayout bar = new HorizontalLayout(brand, documents, glossaries);
        if (CurrentUser.has(Role.ADMIN)) {
            bar.add(link("users", "Users"));
        }
        bar.add(api);
        Span who = new Span();
        who.addClassName("signed-in");
        Button password = new Button("Password…", e -> new PasswordDialog(users).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        authentication.getPrincipalName().ifPresent(name -> who.setText(name + " · " + role()));
        HorizontalLayout user = new HorizontalLayout(who, password, signOut);
        user.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        user.addClassName("user-menu");
        bar.add(user);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("top-bar");
        bar.setWidthFull();
        addToNavbar(bar);
    }

    private static String role() {
        for (Role r : new Role[] {Role.ADMIN, Role.EDITOR, Role.TRANSLATOR}) {
            if (CurrentUser.has(r)) {
                return r.label();
            }
        }
        return "";
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
