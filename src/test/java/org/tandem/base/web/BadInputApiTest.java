package org.tandem.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tandem.security.EditorApiTest;

/**
 * Bad input answers a clear 4xx problem that names the field or file, never a 500: broken character references and
 * CDATA, values longer than their column, language tags that are not BCP 47, unknown XLIFF versions, unknown API
 * paths. Every row is a request that answered 500 (or 200) before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD, "tandem.import.max-segment-chars=5000"})
class BadInputApiTest extends EditorApiTest {

    private static String xliff12(String sourceLang, String targetLang, String unitId, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a.txt\" source-language=\""
                + sourceLang + "\" target-language=\"" + targetLang + "\" datatype=\"plaintext\"><body>"
                + "<trans-unit id=\"" + unitId + "\"><source>Hello world.</source><target>" + target
                + "</target></trans-unit></body></file></xliff>";
    }

    private static String ok(String target) {
        return xliff12("en", "de", "u1", target);
    }

    private ResponseEntity<String> post(String path, String name, String content, Map<String, String> fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", part(name, content.getBytes(StandardCharsets.UTF_8)));
        fields.forEach(form::add);
        return postForm(path, form);
    }

    static Stream<Arguments> xliffFiles() {
        String twoThousandOne = "u".repeat(2_001);
        return Stream.of(
                Arguments.of("a NUL character reference after text", ok("x&#0;"), "character reference"),
                Arguments.of("a lone surrogate reference after text", ok("x&#xD800;"), "D800"),
                Arguments.of("a file that ends inside CDATA", ok("x").replace("<target>x</target>",
                        "<target><![CDATA[never closed"), "CDATA"),
                Arguments.of("a target language tag of 65 characters", xliff12("en", "de-" + "x".repeat(62), "u1",
                        "Hallo"), "language"),
                Arguments.of("a target language that is not BCP 47 (SQL)", xliff12("en", "'; DROP--", "u1", "Hallo"),
                        "'; DROP--"),
                Arguments.of("a source language that is not BCP 47", xliff12("zz-!!", "de", "u1", "Hallo"), "zz-!!"),
                Arguments.of("a unit id over 2,000 characters", xliff12("en", "de", twoThousandOne, "Hallo"),
                        "2001 characters"),
                Arguments.of("a segment over the per-segment limit", ok("Wort ".repeat(1_200)),
                        "tandem.import.max-segment-chars"),
                Arguments.of("XLIFF version 9.9", ok("Hallo").replace("version=\"1.2\"", "version=\"9.9\""), "9.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xliffFiles")
    void a_bad_xliff_file_gets_a_4xx_that_names_the_problem(String label, String content, String named) {
        ResponseEntity<String> response = post("/api/documents", "bad.xlf", content, Map.of());
        assertThat(response.getStatusCode().is4xxClientError()).as("%s: %s %s", label, response.getStatusCode(),
                response.getBody()).isTrue();
        assertThat(response.getBody()).contains("bad.xlf").containsIgnoringCase(named);
        assertThat(response.getBody()).doesNotContain("Exception", "SQL", "at org.");
    }

    @ParameterizedTest(name = "lenient={0}")
    @org.junit.jupiter.params.provider.CsvSource({"true, 201", "false, 422"})
    void an_xliff2_comment_on_a_note_without_id_is_refused_or_imported_leniently(boolean lenient, int status) {
        // Okapi's XLIFF 2 library threw a NullPointerException on this file (a 500 before).
        String xliff2 = "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\""
                + " srcLang=\"en\" trgLang=\"fr\"><file id=\"f1\"><unit id=\"u1\"><notes><note>A note</note>"
                + "</notes><segment><source>Hello <mrk id=\"m1\" type=\"comment\" ref=\"#n=n1\">world</mrk>"
                + "</source><target>Bonjour</target></segment></unit></file></xliff>";
        ResponseEntity<String> response = post("/api/documents", "notes.xlf", xliff2,
                Map.of("lenient", String.valueOf(lenient)));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).contains(lenient ? "imported although it is not valid XLIFF 2" : "invalid XLIFF 2")
                .doesNotContain("okapi");
    }

    /** Imports a text pair over REST: the source file by name, the target as b.txt. */
    private ResponseEntity<String> postTextPair(String sourceName, String source, String target, String sourceLang,
                                                String targetLang) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("source", part(sourceName, source.getBytes(StandardCharsets.UTF_8)));
        form.add("target", part("b.txt", target.getBytes(StandardCharsets.UTF_8)));
        form.add("sourceLang", sourceLang);
        form.add("targetLang", targetLang);
        return postForm("/api/documents", form);
    }

    @Test
    void a_text_pair_with_a_long_language_tag_names_it() {
        ResponseEntity<String> response = postTextPair("a.txt", "Hola.", "Hello.", "es", "en-" + "a".repeat(70));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isBetween(400, 499);
        assertThat(response.getBody()).containsIgnoringCase("language");
    }

    @Test
    void a_text_pair_holding_a_nul_character_is_refused_with_its_line() {
        ResponseEntity<String> response = postTextPair("nul.txt", "Hola.\nDijo\u0000 algo.",
                "Hello.\nHe said something.", "es", "en");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        assertThat(response.getBody()).contains("nul.txt", "NUL", "line 2");
    }

    @Test
    void a_target_holding_a_nul_character_is_refused_on_save() throws Exception {
        JsonNode segment = created(ok("Hallo Welt."));
        ResponseEntity<String> response = send(HttpMethod.PUT, "/api/documents/" + segment.get("documentId")
                + "/segments/" + segment.get("id"), "{\"target\":\"Hallo\\u0000 Welt.\",\"version\":"
                + segment.get("version") + "}");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        assertThat(response.getBody()).contains("NUL");
    }

    @Test
    void a_file_name_of_500_characters_is_not_called_too_large() {
        ResponseEntity<String> response = post("/api/documents", "n".repeat(496) + ".xlf", ok("Hallo"), Map.of());
        assertThat(response.getStatusCode().value()).as(response.getBody()).isNotEqualTo(413).isNotEqualTo(500);
        if (response.getStatusCode().is4xxClientError()) {
            assertThat(response.getBody()).containsIgnoringCase("file name");
        }
    }

    private JsonNode created(String content) throws Exception {
        ResponseEntity<String> response = post("/api/documents", "fine.xlf", content, Map.of());
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        long id = json.readTree(response.getBody()).get("id").asLong();
        com.fasterxml.jackson.databind.node.ObjectNode segment = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(http.getForEntity("/api/documents/" + id + "/segments", String.class).getBody()).get(0);
        return segment.put("documentId", id);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void a_rejection_reason_over_2000_characters_is_refused_by_name() throws Exception {
        JsonNode segment = created(ok("Hallo Welt."));
        ResponseEntity<String> response = send(HttpMethod.PUT, "/api/documents/" + segment.get("documentId")
                + "/segments/" + segment.get("id") + "/status", "{\"status\":\"rejected\",\"reason\":\""
                + "r".repeat(2_001) + "\",\"version\":" + segment.get("version") + "}");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("reason", "2000");
    }

    @Test
    void a_target_over_the_segment_limit_is_refused_on_save() throws Exception {
        JsonNode segment = created(ok("Hallo Welt."));
        ResponseEntity<String> response = send(HttpMethod.PUT, "/api/documents/" + segment.get("documentId")
                + "/segments/" + segment.get("id"), "{\"target\":\"" + "w".repeat(5_001) + "\",\"version\":"
                + segment.get("version") + "}");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        assertThat(response.getBody()).contains("5,001", "5,000");
    }

    @Test
    void a_dismissal_reason_over_1000_characters_is_refused_by_name() throws Exception {
        // "world  is" has a double space, which a check reports.
        JsonNode segment = created(ok("Die Welt  ist rund."));
        long doc = segment.get("documentId").asLong();
        JsonNode issue = json.readTree(http.getForEntity("/api/documents/" + doc + "/issues", String.class)
                .getBody()).get(0);
        assertThat(issue).as("the double space is reported").isNotNull();
        ResponseEntity<String> response = send(HttpMethod.POST, "/api/documents/" + doc + "/segments/"
                + issue.get("segmentId") + "/dismissals", "{\"check\":\"" + issue.get("check").asText()
                + "\",\"start\":" + issue.get("start") + ",\"end\":" + issue.get("end") + ",\"reason\":\""
                + "r".repeat(1_001) + "\"}");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("reason", "1000");
    }

    @Test
    void a_dismissal_scope_must_be_one_tandem_knows() throws Exception {
        JsonNode segment = created(ok("Die Welt  ist rund."));
        long doc = segment.get("documentId").asLong();
        JsonNode issue = json.readTree(http.getForEntity("/api/documents/" + doc + "/issues", String.class)
                .getBody()).get(0);
        String body = "{\"check\":\"" + issue.get("check").asText() + "\",\"start\":" + issue.get("start")
                + ",\"end\":" + issue.get("end") + ",\"scope\":\"%s\"}";
        String path = "/api/documents/" + doc + "/segments/" + issue.get("segmentId") + "/dismissals";
        ResponseEntity<String> sideways = send(HttpMethod.POST, path, body.formatted("sideways"));
        assertThat(sideways.getStatusCode().value()).isEqualTo(400);
        assertThat(sideways.getBody()).contains("issue, document, everywhere");
        assertThat(send(HttpMethod.POST, path, body.formatted("document")).getStatusCode().value()).isEqualTo(201);
        assertThat(json.readTree(http.getForEntity("/api/documents/" + doc + "/issues", String.class).getBody()))
                .as("the rule is dismissed in the document").noneMatch(i -> i.get("check").equals(issue.get("check"))
                        && java.util.Objects.equals(i.get("rule"), issue.get("rule")));
    }

    static Stream<Arguments> glossaryFiles() {
        return Stream.of(
                Arguments.of("a term over 1,000 characters", "en,de\n" + "t".repeat(1_001) + ",Begriff\n", "1000"),
                Arguments.of("a subject over 500 characters", "id,subject,en,de\n1," + "s".repeat(501)
                        + ",term,Begriff\n", "500"),
                Arguments.of("a term holding a NUL character", "en,de\nhou\u0000se,Haus\n", "NUL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glossaryFiles")
    void a_glossary_value_longer_than_its_field_is_refused_by_name(String label, String csv, String limit) {
        ResponseEntity<String> response = post("/api/glossaries", "long.csv", csv, Map.of());
        assertThat(response.getStatusCode().is4xxClientError()).as("%s: %s", label, response.getBody()).isTrue();
        assertThat(response.getBody()).contains("long.csv", limit);
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() {
        ResponseEntity<String> response = http.getForEntity("/api/no-such-thing", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }
}
