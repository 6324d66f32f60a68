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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Throttling over real HTTP: after the free failures the right password is refused too, with 429 and Retry-After on
 * the API and a "paused" login view on the form, until the pause ends or an administrator lifts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD, "TANDEM_TRANSLATOR_PASSWORD=translator-pw-1",
                "tandem.sign-in.free-failures-per-user=3", "tandem.sign-in.free-failures-per-address=1000"})
class SignInThrottleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> api(String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String body = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_api_pauses_a_guessed_user_and_an_administrator_lifts_the_pause() throws Exception {
        assertThat(api("editor", EditorApiTest.PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api("editor", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> paused = api("editor", EditorApiTest.PASSWORD);
        assertThat(paused.statusCode()).as("the right password during the pause").isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        assertThat(paused.body()).contains("Too many failed sign-ins");
        assertThat(api("translator", "translator-pw-1").statusCode()).as("other users go on").isEqualTo(200);

        SignInThrottle.Lock lock = SystemUser.call(users::signInLocks).stream()
                .filter(l -> l.who().equals("editor")).findFirst().orElseThrow();
        assertThat(lock.failures()).isEqualTo(4);
        SystemUser.run(() -> users.liftSignInLock(lock));
        assertThat(api("editor", EditorApiTest.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void the_login_form_says_the_sign_in_is_paused() throws Exception {
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = form("translator", "wrong-" + i);
            assertThat(wrong.headers().firstValue("Location")).get().asString().contains("error");
        }
        HttpResponse<String> paused = form("translator", "translator-pw-1");
        assertThat(paused.statusCode()).isEqualTo(302);
        assertThat(paused.headers().firstValue("Location")).get().asString().contains("/login?locked=");
        SystemUser.call(users::signInLocks).stream().filter(l -> l.who().equals("translator"))
                .forEach(l -> SystemUser.run(() -> users.liftSignInLock(l)));
    }
}
