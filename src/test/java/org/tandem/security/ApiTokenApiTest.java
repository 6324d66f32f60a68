package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens over real HTTP: a token signs in as its owner with the owner's current role, is kept only as a
 * hash, stops working when revoked or when its owner is disabled, and one user cannot revoke another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD, "TANDEM_TRANSLATOR_PASSWORD=translator-pw-1"})
class ApiTokenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_signs_in_as_its_owner_until_revoked() throws Exception {
        ApiToken.Created created = SignedIn.as("editor", Role.EDITOR, () -> tokens.create("CI pipeline"));
        assertThat(created.secret()).startsWith("tdm_").hasSizeGreaterThan(40);

        HttpResponse<String> list = get("/api/documents", created.secret());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(get("/api/documents", created.secret() + "x").statusCode()).isEqualTo(401);
        assertThat(get("/api/documents", "tdm_" + "A".repeat(43)).statusCode()).isEqualTo(401);

        List<String> stored = jdbc.queryForList("select token_hash from api_token", String.class);
        assertThat(stored).doesNotContain(created.secret()).contains(ApiTokenService.hash(created.secret()));
        assertThat(SignedIn.as("editor", Role.EDITOR, () -> tokens.tokens())).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("CI pipeline");
            assertThat(t.lastUsedAt()).as("last used is recorded").isNotNull();
        });

        assertThat(SignedIn.as("translator", Role.TRANSLATOR, () -> tokens.revoke(created.token().id())))
                .as("another user cannot revoke it").isFalse();
        assertThat(get("/api/documents", created.secret()).statusCode()).isEqualTo(200);
        assertThat(SignedIn.as("editor", Role.EDITOR, () -> tokens.revoke(created.token().id()))).isTrue();
        HttpResponse<String> revoked = get("/api/documents", created.secret());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("revoked");
    }

    @Test
    void a_token_acts_with_the_owners_current_role_and_dies_with_a_disabled_owner() throws Exception {
        ApiToken.Created created = SignedIn.as("translator", Role.TRANSLATOR, () -> tokens.create("script"));
        HttpResponse<String> delete = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/glossaries/999999")).header("Authorization", "Bearer " + created.secret()).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).as("a translator's token may not do an editor's work").isEqualTo(403);

        AppUser translator = SystemUser.call(users::users).stream().filter(u -> u.username().equals("translator"))
                .findFirst().orElseThrow();
        SystemUser.run(() -> users.setEnabled(translator.id(), false));
        try {
            assertThat(get("/api/documents", created.secret()).statusCode()).isEqualTo(401);
        } finally {
            SystemUser.run(() -> users.setEnabled(translator.id(), true));
        }
        assertThat(get("/api/documents", created.secret()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_needs_a_name_of_reasonable_length() {
        assertThatThrownBy(() -> SignedIn.as("editor", Role.EDITOR, () -> tokens.create("  ")))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> SignedIn.as("editor", Role.EDITOR, () -> tokens.create("n".repeat(101))))
                .hasMessageContaining("100");
    }
}
