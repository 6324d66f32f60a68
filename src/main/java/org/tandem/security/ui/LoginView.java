package org.tandem.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in. Says where a newcomer finds the first passwords: they are printed once, never shipped. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tandem")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph hint = new Paragraph("First start? The passwords of admin, editor and translator were printed "
                + "once in the console where Tandem started, unless TANDEM_ADMIN_PASSWORD, TANDEM_EDITOR_PASSWORD or "
                + "TANDEM_TRANSLATOR_PASSWORD set them. An administrator can reset any password under Users.");
        hint.addClassName("login-hint");
        add(new H1("Tandem"), form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        if (parameters.containsKey("locked")) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Sign-in for this user (or from this address) is paused for "
                    + parameters.get("locked").get(0).replaceAll("\\D", "") + " s after repeated wrong passwords. "
                    + "Try again then, or ask an administrator to lift the lock under Users.");
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error") || parameters.containsKey("locked"));
    }
}
