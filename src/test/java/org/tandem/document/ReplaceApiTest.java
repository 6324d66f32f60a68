package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tandem.security.EditorApiTest;

/** {@code POST /api/documents/{id}/replace} and {@code GET …/search} over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD)
class ReplaceApiTest extends EditorApiTest {

    private long document() throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("source", part("r.es.txt", "Kiev es grande.\n\nKiev y Kiev.".getBytes(StandardCharsets.UTF_8)));
        form.add("target", part("r.en.txt", "Kiev is big.\n\nKiev and kiev.".getBytes(StandardCharsets.UTF_8)));
        form.add("sourceLang", "es");
        form.add("targetLang", "en");
        ResponseEntity<String> created = postForm("/api/documents", form);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("id").asLong();
    }

    private ResponseEntity<String> replace(long doc, Map<String, Object> body) {
        signIn();
        return http.postForEntity("/api/documents/" + doc + "/replace", body, String.class);
    }

    private List<String> targets(long doc) throws Exception {
        signIn();
        JsonNode segments = json.readTree(http.getForObject("/api/documents/" + doc + "/segments", String.class));
        return java.util.stream.StreamSupport.stream(segments.spliterator(), false)
                .map(s -> s.get("target").asText()).toList();
    }

    @Test
    void a_dry_run_lists_the_changes_and_saves_nothing_then_the_replace_saves_them() throws Exception {
        long doc = document();

        ResponseEntity<String> dry = replace(doc, Map.of("find", "kiev", "replace", "Kyiv", "wholeWord", true,
                "dryRun", true));

        assertThat(dry.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode changes = json.readTree(dry.getBody()).get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).get("before").asText()).isEqualTo("Kiev and kiev.");
        assertThat(changes.get(1).get("after").asText()).isEqualTo("Kyiv and Kyiv.");
        assertThat(changes.get(1).get("segmentId").asLong()).isPositive();
        assertThat(targets(doc)).containsExactly("Kiev is big.", "Kiev and kiev.");

        ResponseEntity<String> done = replace(doc, Map.of("find", "(?i)kiev", "replace", "Kyiv", "regex", true,
                "exclude", List.of(changes.get(0).get("segmentId").asLong())));

        assertThat(json.readTree(done.getBody()).get("changes")).hasSize(1);
        assertThat(json.readTree(done.getBody()).get("skipped")).isEmpty();
        assertThat(targets(doc)).containsExactly("Kiev is big.", "Kyiv and Kyiv.");
    }

    @Test
    void a_bad_regular_expression_or_a_replacement_with_codes_is_a_400_that_says_why() throws Exception {
        long doc = document();

        ResponseEntity<String> badRegex = replace(doc, Map.of("find", "(Kiev", "replace", "x", "regex", true));
        ResponseEntity<String> codes = replace(doc, Map.of("find", "Kiev", "replace", "⟨1/⟩"));
        ResponseEntity<String> empty = replace(doc, Map.of("find", "", "replace", "x"));

        assertThat(badRegex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badRegex.getBody()).contains("is not valid");
        assertThat(codes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(codes.getBody()).contains("inline codes");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(targets(doc)).containsExactly("Kiev is big.", "Kiev and kiev.");
    }

    @Test
    void search_lists_every_hit_with_its_side_and_span() throws Exception {
        long doc = document();
        signIn();

        JsonNode hits = json.readTree(http.getForObject("/api/documents/" + doc + "/search?find=Kiev&side=target"
                + "&caseSensitive=true", String.class));

        assertThat(hits).hasSize(2);
        assertThat(hits.get(1).get("side").asText()).isEqualTo("target");
        assertThat(hits.get(1).get("start").asInt()).isZero();
        assertThat(hits.get(1).get("end").asInt()).isEqualTo(4);
    }
}
