package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser is told: a Content-Security-Policy Vaadin works with (the browser tests run under it), the
 * Referrer- and Permissions-Policy, a SameSite session cookie that is Secure behind an HTTPS proxy, and a sign-in form
 * that needs its CSRF token (no login CSRF).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD})
class BrowserHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String csrfParameter, String csrfToken) throws Exception {
        String form = "username=editor&password=" + URLEncoder.encode(EditorApiTest.PASSWORD, StandardCharsets.UTF_8)
                + (csrfToken == null ? "" : "&" + csrfParameter + "=" + URLEncoder.encode(csrfToken,
                StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String meta(String page, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void pages_carry_the_policies_and_a_samesite_cookie() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
                .doesNotContain("http:", "https:", "*");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "https");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "SameSite=Lax");
    }

    @Test
    void the_api_answers_with_a_policy_that_allows_nothing() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("editor:" + EditorApiTest.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = get("/api/documents", "Authorization", "Basic " + basic);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'none'");
        assertThat(api.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void signing_in_needs_the_csrf_token_of_the_page() throws Exception {
        HttpResponse<String> page = get("/login");
        String parameter = meta(page.body(), "_csrf_parameter");
        String token = meta(page.body(), "_csrf");
        assertThat(parameter).as("the login page carries the CSRF meta tags").isEqualTo("_csrf");
        assertThat(token).isNotBlank();

        HttpResponse<String> forged = signIn(parameter, null);
        assertThat(forged.statusCode()).as("a sign-in posted without the token (from another site)")
                .isIn(302, 403);
        forged.headers().firstValue("Location").ifPresent(location -> assertThat(location).doesNotEndWith("/"));
        assertThat(get("/").statusCode()).as("still signed out").isNotEqualTo(200);

        HttpResponse<String> real = signIn(parameter, token);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(get("/").statusCode()).as("signed in").isEqualTo(200);
    }
}
