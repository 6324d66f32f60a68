package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.tandem.TandemApplication;

/**
 * A fresh database without TANDEM_*_PASSWORD: three users with random passwords printed once, each of which is
 * the stored one, printed after everything else the start prints (the demo loaded, the termbase shipped); a start
 * with a variable set takes that password instead and prints only the others.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static final Pattern LINE = Pattern.compile("^  (admin|editor|translator) +\\w+ +(\\S{16})$",
            Pattern.MULTILINE);

    @Test
    void prints_random_passwords_once_and_takes_a_given_one_instead(CapturedOutput output) throws Exception {
        String db = "jdbc:h2:file:./target/test-db/first-start-" + System.nanoTime() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var context = start(db, null)) {
            Matcher m = LINE.matcher(output.getOut());
            int printed = 0;
            UserService users = context.getBean(UserService.class);
            while (m.find()) {
                printed++;
                String hash = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("select password_hash from app_user where username = ?").param(m.group(1))
                        .query(String.class).single();
                assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(m.group(2), hash))
                        .as(m.group(1)).isTrue();
            }
            assertThat(printed).isEqualTo(3);
            assertThat(SystemUser.call(users::users)).hasSize(3);
            String out = output.getOut();
            assertThat(out.substring(out.indexOf("to choose a password")).lines().skip(1).toList())
                    .as("the passwords are the last thing printed at start-up").allMatch(String::isBlank);
        }
        int length = output.getOut().length();
        try (var context = start(db, "reset-by-the-operator")) {
            String second = output.getOut().substring(length);
            assertThat(LINE.matcher(second).find()).as("nothing printed on a later start").isFalse();
            String hash = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .matches("reset-by-the-operator", hash)).isTrue();
        }
    }

    /** Command-line arguments, which outrank the test configuration's per-context database. */
    private static org.springframework.context.ConfigurableApplicationContext start(String db, String adminPassword) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + db,
                "--server.port=0", "--tandem.languagetool.warm="));
        if (adminPassword != null) {
            args.add("--TANDEM_ADMIN_PASSWORD=" + adminPassword);
        }
        return new SpringApplicationBuilder(TandemApplication.class).web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }
}
