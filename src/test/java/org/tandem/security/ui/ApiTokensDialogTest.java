package org.tandem.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.KaribuTest;
import org.tandem.security.ApiToken;
import org.tandem.security.ApiTokenService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/** A user creates an API token from the account menu, sees its secret once, and revokes it. */
class ApiTokensDialogTest extends KaribuTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    void create_see_the_secret_once_and_revoke() {
        login("editor", Role.EDITOR);
        ButtonKt._click(_get(Button.class, s -> s.withText("API tokens…")));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withPlaceholder("What uses it, e.g. CI pipeline")), "nightly export");
        ButtonKt._click(_get(Button.class, s -> s.withText("Create token")));

        String secret = _get(Paragraph.class, s -> s.withClasses("new-token")).getText();
        assertThat(secret).startsWith("tdm_");
        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = _get(Grid.class, s -> s.withClasses("api-tokens"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("nightly export", secret.substring(0, 10) + "…",
                "never").doesNotContain(secret);

        ButtonKt._click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(SignedIn.as("editor", Role.EDITOR, () -> tokens.tokens())).isEmpty();
    }
}
