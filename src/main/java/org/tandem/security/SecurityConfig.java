package org.tandem.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.tandem.security.ui.LoginView;

/**
 * Two filter chains: the REST API under {@code /api} takes a personal API token ({@code Bearer}) or HTTP Basic, keeps
 * no session and answers 401/403 as
 * RFC 9457 problems; everything else is the Vaadin workbench with a login view. Which role may do what is decided
 * by the services' method security, so both doors obey the same rules.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Lets method security's hasRole admit the roles above; users also carry the expanded authorities. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_TRANSLATOR");
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInThrottle throttle, BearerTokens tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Tandem").authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Tandem\", charset=\"UTF-8\"");
                    problem(response, 401, "Unauthorized", "Sign in with HTTP Basic (a Tandem user name and password).",
                            request.getRequestURI());
                }))
                .exceptionHandling(x -> x.accessDeniedHandler((request, response, e) -> problem(response, 403,
                        "Forbidden", e.getMessage() == null || e.getMessage().equals("Access Denied")
                                ? "Your role may not do this." : e.getMessage(), request.getRequestURI())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; "
                                + "frame-ancestors 'none'; sandbox"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)))
                .build();
    }

    /**
     * What the workbench's pages may load: only Tandem's own origin (no CDN, no third-party script), with the inline
     * script and style and the {@code eval} that Vaadin's client engine needs; push runs over the same origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** Browser features no page of Tandem uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    private static void headers(HttpSecurity http, String policy) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
    }

    /**
     * The workbench: Vaadin's configuration, except that the sign-in form needs its CSRF token too (Vaadin leaves
     * the login path out of CSRF protection, which lets another site sign a browser in as the attacker: login
     * CSRF). The token reaches the form through the page's {@code _csrf} meta tags ({@link CsrfMetaTags}), which
     * Vaadin's login form sends along; Vaadin's own requests keep their own CSRF protection.
     */
    @Bean
    @Order(2)
    SecurityFilterChain workbench(HttpSecurity http, RequestUtil requestUtil, SignInThrottle throttle)
            throws Exception {
        headers(http, CONTENT_SECURITY_POLICY);
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.csrf(c -> c.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    static void problem(HttpServletResponse response, int status, String title, String detail, String path)
            throws java.io.IOException {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", path);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), body);
    }
}
