package org.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in of a locked name or address before any password is checked: an API call with HTTP Basic gets
 * {@code 429} with {@code Retry-After}; the login form is sent back to the login view, which says so.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        String username = api ? basicUser(request.getHeader("Authorization"))
                : "POST".equals(request.getMethod()) && path.equals("/login") ? request.getParameter("username")
                : null;
        if (username != null) {
            Optional<Duration> wait = throttle.locked(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                if (api) {
                    response.setHeader("Retry-After", String.valueOf(seconds));
                    SecurityConfig.problem(response, 429, "Too many failed sign-ins", "Too many failed sign-ins "
                            + "for this user or from this address; try again in " + seconds + " s.", path);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
