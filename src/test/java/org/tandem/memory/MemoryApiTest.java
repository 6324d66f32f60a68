package org.tandem.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.tandem.security.EditorApiTest;

/** The memory over real HTTP: POST a TMX file, look up matches and concordance, export TMX; errors as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD)
class MemoryApiTest extends EditorApiTest {

    private final String word = "Qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private ResponseEntity<String> upload(String name, String tmx) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", part(name, tmx.getBytes(StandardCharsets.UTF_8)));
        return postForm("/api/memory", form);
    }

    private String tmx() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.4"><header srclang="en-US" creationtool="t" creationtoolversion="1" segtype="sentence"
                  o-tmf="t" adminlang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en-US"><seg>The %1$s printer is out of paper.</seg></tuv>
                    <tuv xml:lang="de-DE"><seg>Der %1$s-Drucker hat kein Papier mehr.</seg></tuv></tu>
                <tu><tuv xml:lang="en-US"><seg>The %1$s printer is out of toner.</seg></tuv>
                    <tuv xml:lang="de-DE"><seg>Der %1$s-Drucker hat keinen Toner mehr.</seg></tuv></tu>
                <tu><tuv xml:lang="en-US"><seg>Unrelated %1$s text about cats.</seg></tuv>
                    <tuv xml:lang="de-DE"><seg>Ein Text über Katzen.</seg></tuv></tu>
                </body></tmx>""".formatted(word);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void loads_a_tmx_file_and_answers_matches_best_first_and_concordance() throws Exception {
        ResponseEntity<String> created = upload("client.tmx", tmx());
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(created.getBody()).get("units").asInt()).isEqualTo(3);

        JsonNode matches = get("/api/memory/matches?sourceLang=en-GB&targetLang=de-AT&text="
                + q("The " + word + " printer is out of ink."));
        assertThat(matches).hasSize(2);
        assertThat(matches.get(0).get("score").asInt()).isEqualTo(87);
        assertThat(matches.get(0).get("source").asText()).startsWith("The " + word + " printer is out of");
        assertThat(matches.get(0).get("target").asText()).startsWith("Der " + word + "-Drucker");
        assertThat(matches.get(0).get("score").asInt()).isGreaterThanOrEqualTo(matches.get(1).get("score").asInt());

        JsonNode exact = get("/api/memory/matches?sourceLang=en&targetLang=de&min=100&text="
                + q("The " + word + " printer is out of toner."));
        assertThat(exact).singleElement().satisfies(m -> assertThat(m.get("score").asInt()).isEqualTo(100));

        JsonNode found = get("/api/memory/concordance?sourceLang=en&targetLang=de&in=target&text="
                + q(word + "-Drucker"));
        assertThat(found.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void exports_the_pair_as_tmx_that_loads_again_as_duplicates_only() throws Exception {
        upload("client.tmx", tmx());

        ResponseEntity<byte[]> export = http.getForEntity("/api/memory/export?sourceLang=en-US&targetLang=de-DE",
                byte[].class);

        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentType().toString()).startsWith("application/x-tmx+xml");
        assertThat(export.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("tandem-memory.en-US-de-DE.tmx");
        String tmx = new String(export.getBody(), StandardCharsets.UTF_8);
        assertThat(tmx).contains("<tmx version=\"1.4\">", "Der " + word + "-Drucker hat kein Papier mehr.");
        JsonNode again = json.readTree(upload("back.tmx", tmx).getBody());
        assertThat(again.get("units").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void bad_requests_are_problems_that_say_what_is_wrong() {
        ResponseEntity<String> hostile = upload("evil.tmx", "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\">"
                + "<seg>&x;</seg></tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu></body></tmx>");
        assertThat(hostile.getStatusCode()).as("as every import that cannot be read").isEqualTo(
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(hostile.getBody()).contains("evil.tmx").doesNotContain("root:");

        ResponseEntity<String> noFile = postForm("/api/memory", new LinkedMultiValueMap<>());
        assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFile.getBody()).contains("\\\"file\\\"");

        ResponseEntity<String> noLanguage = http.getForEntity("/api/memory/matches?text=hello", String.class);
        assertThat(noLanguage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noLanguage.getBody()).contains("Name the source language");

        ResponseEntity<String> badTag = http.getForEntity("/api/memory/matches?sourceLang=en&targetLang="
                + q("<script>") + "&text=hi", String.class);
        assertThat(badTag.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTag.getBody()).contains("is not a language tag");

        ResponseEntity<String> badSide = http.getForEntity("/api/memory/concordance?sourceLang=en&targetLang=de"
                + "&text=a&in=middle", String.class);
        assertThat(badSide.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
