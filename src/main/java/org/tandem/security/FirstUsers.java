package org.tandem.security;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.tandem.base.data.ClusterLock;

/**
 * On first start with no users, creates {@code admin}, {@code editor} and {@code translator}. Each password comes
 * from {@code TANDEM_<NAME>_PASSWORD} when set, else it is random and printed once to the console; there is no
 * default password. On later starts a set variable resets that user's password. This runs once every bean exists and
 * before the web server opens its port, so that valid credentials never meet a {@code 401} in the first moments.
 */
@Component
class FirstUsers implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirstUsers.class);
    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.EDITOR, Role.TRANSLATOR);

    private final UserService users;
    private final Environment environment;
    private final ClusterLock cluster;

    FirstUsers(UserService users, Environment environment, ClusterLock cluster) {
        this.users = users;
        this.environment = environment;
        this.cluster = cluster;
    }

    static String variable(Role role) {
        return "TANDEM_" + role.name() + "_PASSWORD";
    }

    /** The random passwords of this first start, until they are printed. */
    private final List<String> printed = new ArrayList<>();

    /** Once however many instances start together on one database: the second finds the users there. */
    @Override
    public void afterSingletonsInstantiated() {
        cluster.exclusively("first-users", () -> {
            ensureUsers();
            return null;
        });
    }

    private void ensureUsers() {
        boolean first = users.noUsers();
        for (Role role : ROLES) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            String given = environment.getProperty(variable(role));
            if (given != null && !given.isBlank()) {
                if (given.length() < UserService.MIN_PASSWORD) {
                    throw new IllegalStateException(variable(role) + " is shorter than " + UserService.MIN_PASSWORD
                            + " characters; choose a longer password.");
                }
                if (users.ensure(name, role, given)) {
                    LOG.info("User {} {} with the password from {}", name, first ? "created" : "updated",
                            variable(role));
                }
            } else if (first) {
                String password = UserService.randomPassword();
                users.ensure(name, role, password);
                printed.add(String.format("  %-11s %-11s %s", name, role.label(), password));
            }
        }
    }

    /**
     * The random passwords, printed once the application is ready, after everything else it prints on start-up (the
     * shipped termbase, the demo, the address), so that they are the last thing on the console.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void printPasswords() {
        if (printed.isEmpty()) {
            return;
        }
        // System.out, not the log: printed once, whatever the log configuration, and never stored.
        System.out.println();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        System.out.println("=== Tandem: first start. Sign in at "
                + ("0".equals(port) ? "/login" : "http://localhost:" + port + "/login")
                + " with one of these (shown only now) ===");
        printed.forEach(System.out::println);
        System.out.println("  (Set TANDEM_ADMIN_PASSWORD, TANDEM_EDITOR_PASSWORD or TANDEM_TRANSLATOR_PASSWORD"
                + " to choose a password; an administrator can reset any password under Users.)");
        System.out.println();
        System.out.flush();
        printed.clear();
    }
}
