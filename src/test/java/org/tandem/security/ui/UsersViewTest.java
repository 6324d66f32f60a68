package org.tandem.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tandem.KaribuTest;
import org.tandem.security.AppUser;
import org.tandem.security.Role;
import org.tandem.security.SignInThrottle;
import org.tandem.security.SystemUser;
import org.tandem.security.UserService;

/** The administrators' user management, and that nobody else reaches it. */
class UsersViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TRANSLATOR", "EDITOR"})
    void only_administrators_see_and_reach_the_users_view(Role role) {
        login("someone", role);
        assertThat(_find(Anchor.class, s -> s.withText("Users"))).isEmpty();
        UI.getCurrent().navigate(UsersView.class);
        assertThatThrownBy(() -> _find(UsersView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Test
    void an_administrator_creates_a_user_with_a_random_password_shown_once() {
        login("root", Role.ADMIN);
        assertThat(_find(Anchor.class, s -> s.withText("Users"))).hasSize(1);
        UI.getCurrent().navigate(UsersView.class);

        ButtonKt._click(_get(Button.class, s -> s.withText("New user…")));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("User name")), "frida");
        ButtonKt._click(_get(Button.class, s -> s.withText("Create")));

        String password = _get(Paragraph.class, s -> s.withClasses("new-password")).getText();
        AppUser frida = SystemUser.call(users::users).stream().filter(u -> u.username().equals("frida"))
                .findFirst().orElseThrow();
        assertThat(frida.role()).isEqualTo(Role.TRANSLATOR);
        assertThat(encoder.matches(password, users.loadUserByUsername("frida").getPassword())).isTrue();
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class, s -> s.withClasses("users-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(SystemUser.call(users::users).size());
    }

    @Autowired
    SignInThrottle throttle;

    @Test
    void an_administrator_sees_a_paused_sign_in_and_lifts_it() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("mallory-target", "192.0.2." + i);
        }
        login("root", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<SignInThrottle.Lock> locks = _get(Grid.class, s -> s.withClasses("sign-in-locks"));
        assertThat(locks.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(locks, 0)).contains("user mallory-target", "7");

        ButtonKt._click((Button) GridKt._getCellComponent(locks, 0, "lift"));
        assertThat(throttle.locked("mallory-target", "192.0.2.99")).isEmpty();
        assertThat(locks.isVisible()).isFalse();
    }
}
