package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.security.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users in the H2 file database: the first start, hashing, and the rules an administrator works under. */
@SpringBootTest(properties = "TANDEM_EDITOR_PASSWORD=" + UserServiceTest.EDITOR_PASSWORD)
@ExtendWith(OutputCaptureExtension.class)
class UserServiceTest {

    static final String EDITOR_PASSWORD = "chosen-by-the-operator";

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FirstUsers firstUsers;

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).single();
    }

    @Test
    void the_first_start_makes_three_users_with_the_given_or_a_random_password_stored_only_as_a_bcrypt_hash() {
        var all = as("root", Role.ADMIN, () -> users.users());

        assertThat(all).extracting(AppUser::username).contains("admin", "editor", "translator");
        assertThat(all).filteredOn(u -> u.username().equals("admin")).extracting(AppUser::role)
                .containsExactly(Role.ADMIN);
        assertThat(hash("editor")).startsWith("{bcrypt}").doesNotContain(EDITOR_PASSWORD);
        assertThat(encoder.matches(EDITOR_PASSWORD, hash("editor"))).isTrue();
        assertThat(encoder.matches(EDITOR_PASSWORD, hash("admin"))).isFalse();
        assertThat(encoder.matches(EDITOR_PASSWORD, hash("translator"))).isFalse();
    }

    @Test
    void a_later_start_prints_nothing_and_keeps_random_passwords(CapturedOutput output) throws Exception {
        String before = hash("admin");
        int printed = output.getOut().length();
        firstUsers.afterSingletonsInstantiated();

        assertThat(output.getOut().substring(printed)).doesNotContain("first start");
        assertThat(hash("admin")).isEqualTo(before);
    }

    @Test
    void random_passwords_are_long_and_differ() {
        String a = UserService.randomPassword();
        String b = UserService.randomPassword();
        assertThat(a).hasSize(16).isNotEqualTo(b);
    }

    @Test
    void only_an_administrator_manages_users() {
        assertThatThrownBy(() -> as("ed", Role.EDITOR, () -> users.users())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("tr", Role.TRANSLATOR, () -> users.create("x1", Role.ADMIN, "long-enough-pw")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_creates_changes_disables_and_deletes_a_user() {
        as("root", Role.ADMIN, () -> {
            AppUser created = users.create("  carla  ", Role.TRANSLATOR, "carla-password");
            assertThat(created.username()).isEqualTo("carla");
            users.changeRole(created.id(), Role.EDITOR);
            users.setEnabled(created.id(), false);
            AppUser changed = users.users().stream().filter(u -> u.id() == created.id()).findFirst().orElseThrow();
            assertThat(changed.role()).isEqualTo(Role.EDITOR);
            assertThat(changed.enabled()).isFalse();
            assertThat(users.loadUserByUsername("CARLA").isEnabled()).isFalse();
            String reset = users.resetPassword(created.id());
            assertThat(encoder.matches(reset, hash("carla"))).isTrue();
            users.delete(created.id());
            assertThat(users.users()).extracting(AppUser::username).doesNotContain("carla");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            short password  | dora  | short      | A password has at least 10 characters.
            taken name      | admin | long-enough | There is already a user admin.
            bad name        | 'a b' | long-enough | A user name has 2 to 100
            """)
    void refuses_a_bad_new_user(String name, String username, String password, String message) {
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> users.create(username, Role.TRANSLATOR,
                password.equals("long-enough") ? "long-enough-password" : password)))
                .isInstanceOf(UserService.InvalidUserException.class).hasMessageStartingWith(message);
    }

    @Test
    void the_last_enabled_administrator_cannot_be_demoted_disabled_or_deleted() {
        as("root", Role.ADMIN, () -> {
            long admin = users.users().stream().filter(u -> u.role() == Role.ADMIN && u.enabled())
                    .mapToLong(AppUser::id).findFirst().orElseThrow();
            if (users.users().stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).count() > 1) {
                return;
            }
            assertThatThrownBy(() -> users.changeRole(admin, Role.EDITOR))
                    .hasMessageContaining("at least one enabled administrator");
            assertThatThrownBy(() -> users.setEnabled(admin, false))
                    .hasMessageContaining("at least one enabled administrator");
            assertThatThrownBy(() -> users.delete(admin)).hasMessageContaining("at least one enabled administrator");
        });
    }

    @Test
    void a_user_changes_their_own_password_after_proving_the_current_one() {
        as("root", Role.ADMIN, () -> users.create("erik", Role.TRANSLATOR, "erik-first-password"));

        assertThatThrownBy(() -> as("erik", Role.TRANSLATOR, () -> users.changeOwnPassword("wrong-password",
                "erik-second-password"))).hasMessage("The current password is not right.");
        as("erik", Role.TRANSLATOR, () -> users.changeOwnPassword("erik-first-password", "erik-second-password"));
        assertThat(encoder.matches("erik-second-password", hash("erik"))).isTrue();
    }
}
