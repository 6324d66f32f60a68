package org.tandem.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, UI round trip or background task. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user's name, as recorded in histories, comments and dismissals. */
    public static String name() {
        Authentication auth = authentication();
        if (auth == null) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "Nobody is signed in.");
        }
        return auth.getName();
    }

    /** Whether the signed-in user holds the role (or one above it); false when nobody is signed in. */
    public static boolean has(Role role) {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> Role.parse(a.substring(5)))
                .anyMatch(held -> held != null && held.ordinal() >= role.ordinal());
    }

    /** Refuses unless the signed-in user holds the role. */
    public static void require(Role role, String what) {
        if (!has(role)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only " + role.label().toLowerCase(java.util.Locale.ROOT) + "s may " + what + ".");
        }
    }

    /** An executor whose tasks run as the current user (background checks and imports started from the UI). */
    public static java.util.concurrent.Executor background() {
        return new org.springframework.security.concurrent.DelegatingSecurityContextExecutor(
                java.util.concurrent.ForkJoinPool.commonPool(), SecurityContextHolder.getContext());
    }

    /**
     * The task, run as the current user wherever it runs: a UI update that another thread hands to the UI
     * ({@code UI.access}) may run on that thread, which has no user of its own.
     */
    public static Runnable carried(Runnable task) {
        return new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(task,
                SecurityContextHolder.getContext());
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth;
    }
}
