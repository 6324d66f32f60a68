package org.tandem.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tandem.security.ApiToken;
import org.tandem.security.ApiTokenService;

/**
 * A signed-in user's personal API tokens: create one for a script or pipeline (its secret is shown once, here),
 * see when each was last used, revoke any.
 */
class ApiTokensDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final Paragraph secret = new Paragraph();
    private final Paragraph secretHint = new Paragraph();

    ApiTokensDialog(ApiTokenService tokens) {
        this.tokens = tokens;
        setHeaderTitle("API tokens");
        addClassName("api-tokens-dialog");
        setWidth("42rem");
        grid.addClassName("api-tokens");
        grid.addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Starts with").setAutoWidth(true);
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt())).setHeader("Last used")
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> {
                tokens.revoke(t.id());
                Notification.show("Token \u201c" + t.name() + "\u201d revoked: it no longer signs in.");
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel("Revoke " + t.name());
            return revoke;
        }).setKey("revoke");
        grid.setAllRowsVisible(true);

        TextField name = new TextField();
        name.setPlaceholder("What uses it, e.g. CI pipeline");
        name.setAriaLabel("Name of a new token");
        name.setMaxLength(100);
        Button create = new Button("Create token", e -> {
            try {
                ApiToken.Created created = tokens.create(name.getValue());
                secret.setText(created.secret());
                secretHint.setText("Copy it now: it is not shown again. Send it as the header "
                        + "\u201cAuthorization: Bearer " + created.token().prefix() + "\u2026\u201d.");
                secret.setVisible(true);
                secretHint.setVisible(true);
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException | org.tandem.base.web.BadRequestException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secret.addClassName("new-token");
        secret.setVisible(false);
        secretHint.setVisible(false);
        add(new VerticalLayout(new Paragraph("Scripts and pipelines sign in with a token instead of your password. "
                + "A token acts with your role; revoke it when it is no longer needed."),
                new HorizontalLayout(name, create), secretHint, secret, grid));
        getFooter().add(new Button("Close", e -> close()));
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.tokens());
    }
}
