package org.tandem.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test steps as a named user with a role, then puts the previous user back. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String name, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, role.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Signs in for the rest of the thread's work (a benchmark acting as one user). */
    public static void from(String name, Role role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, role.authorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void as(String name, Role role, Runnable work) {
        as(name, role, () -> {
            work.run();
            return null;
        });
    }
}
