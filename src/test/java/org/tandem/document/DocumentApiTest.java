package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.security.EditorApiTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The REST API over real HTTP, as a pipeline calls it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.import.max-file-size=64KB", "spring.servlet.multipart.max-file-size=64KB",
                "TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD})
class DocumentApiTest extends EditorApiTest {

    private ResponseEntity<String> upload(MultiValueMap<String, Object> form) {
        return postForm("/api/documents", form);
    }

    private ResponseEntity<String> uploadXliff(String name, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", part(name, bytes));
        return upload(form);
    }

    private JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    @Test
    void import_list_edit_and_export_an_xliff_file() throws Exception {
        ResponseEntity<String> created = uploadXliff("inline.xlf", DocumentServiceTest.resource("/xliff/inline.xlf"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode doc = read(created);
        assertThat(doc.get("name").asText()).isEqualTo("inline.xlf");
        assertThat(doc.get("sourceLang").asText()).isEqualTo("en");
        assertThat(doc.get("targetLang").asText()).isEqualTo("de");
        assertThat(doc.get("segmentCount").asInt()).isEqualTo(2);
        long id = doc.get("id").asLong();

        JsonNode list = read(http.getForEntity("/api/documents", String.class));
        assertThat(list.findValuesAsText("name")).contains("inline.xlf");

        JsonNode segments = read(http.getForEntity("/api/documents/" + id + "/segments", String.class));
        JsonNode second = segments.get(1);
        assertThat(second.get("unitId").asText()).isEqualTo("t2");
        assertThat(second.get("index").asInt()).isEqualTo(2);
        assertThat(second.get("target").isNull()).isTrue();

        ResponseEntity<String> saved = put(id, second.get("id").asLong(), "Klartext", second.get("version").asInt());
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(saved).get("version").asInt()).isEqualTo(second.get("version").asInt() + 1);

        ResponseEntity<byte[]> export = http.getForEntity("/api/documents/" + id + "/export", byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("inline.de.xlf");
        assertThat(new String(export.getBody(), StandardCharsets.UTF_8))
                .contains("<source>Plain text</source>\n        <target xml:lang=\"de\" state=\"translated\">Klartext"
                        + "</target>");
    }

    private ResponseEntity<String> put(long doc, long segment, String target, int version) {
        return http.exchange("/api/documents/" + doc + "/segments/" + segment, HttpMethod.PUT,
                new HttpEntity<>(Map.of("target", target, "version", version)), String.class);
    }

    @Test
    void a_segment_history_lists_each_save_with_before_after_and_who() throws Exception {
        long id = read(uploadXliff("inline.xlf", DocumentServiceTest.resource("/xliff/inline.xlf"))).get("id").asLong();
        JsonNode segment = read(http.getForEntity("/api/documents/" + id + "/segments", String.class)).get(1);
        long sid = segment.get("id").asLong();
        assertThat(put(id, sid, "Erste", segment.get("version").asInt()).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode history = read(http.getForEntity("/api/documents/" + id + "/segments/" + sid + "/history",
                String.class));

        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("before").asText()).isEqualTo(segment.get("target").asText());
        assertThat(history.get(0).get("after").asText()).isEqualTo("Erste");
        assertThat(history.get(0).get("who").asText()).isEqualTo("editor");
        assertThat(history.get(0).get("version").asInt()).isEqualTo(segment.get("version").asInt() + 1);
        assertThat(http.getForEntity("/api/documents/" + id + "/segments/987654/history", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void rejects_with_a_reason_and_refuses_a_rejection_without_one() throws Exception {
        long id = read(uploadXliff("inline.xlf", DocumentServiceTest.resource("/xliff/inline.xlf"))).get("id").asLong();
        JsonNode segment = read(http.getForEntity("/api/documents/" + id + "/segments", String.class)).get(1);
        String url = "/api/documents/" + id + "/segments/" + segment.get("id").asLong() + "/status";
        int version = segment.get("version").asInt();

        ResponseEntity<String> refused = http.exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("status", "rejected", "version", version)), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        ResponseEntity<String> rejected = http.exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("status", "rejected", "reason", "Wrong term", "version", version)),
                String.class);
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(rejected).get("statusReason").asText()).isEqualTo("Wrong term");
        assertThat(read(http.postForEntity("/api/documents/" + id + "/approve-all", null, String.class))
                .get("approved").asInt()).isPositive();
    }

    @Test
    void comments_are_posted_answered_listed_and_resolved() throws Exception {
        long id = read(uploadXliff("inline.xlf", DocumentServiceTest.resource("/xliff/inline.xlf"))).get("id").asLong();
        long sid = read(http.getForEntity("/api/documents/" + id + "/segments", String.class)).get(0).get("id").asLong();
        String url = "/api/documents/" + id + "/segments/" + sid + "/comments";

        ResponseEntity<String> first = http.postForEntity(url, Map.of("text", "Check the link text."), String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long thread = read(first).get("id").asLong();
        assertThat(http.postForEntity(url, Map.of("text", "Done.", "thread", thread), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(http.postForEntity(url, Map.of("text", " "), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        http.exchange(url + "/" + thread + "/resolved", HttpMethod.PUT, new HttpEntity<>(Map.of("resolved", true)),
                String.class);

        JsonNode list = read(http.getForEntity(url, String.class));
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("author").asText()).isEqualTo("editor");
        assertThat(list.get(0).get("resolved").asBoolean()).isTrue();
        assertThat(list.get(1).get("thread").asLong()).isEqualTo(thread);
    }

    @Test
    void a_stale_version_gets_409_and_changes_nothing() throws Exception {
        long id = read(uploadXliff("inline.xlf", DocumentServiceTest.resource("/xliff/inline.xlf"))).get("id").asLong();
        JsonNode segment = read(http.getForEntity("/api/documents/" + id + "/segments", String.class)).get(1);
        long sid = segment.get("id").asLong();
        int version = segment.get("version").asInt();
        assertThat(put(id, sid, "Erste", version).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> conflict = put(id, sid, "Zweite", version);
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(read(conflict).get("current").get("target").asText()).isEqualTo("Erste");
        JsonNode after = read(http.getForEntity("/api/documents/" + id + "/segments", String.class)).get(1);
        assertThat(after.get("target").asText()).isEqualTo("Erste");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "broken.xlf | 422 | <xliff version=\"1.2\"><file source-language=\"en\"><body><trans-unit id=\"1\"><source>x",
            "notes.xml  | 415 | <?xml version=\"1.0\"?><notes><note>hello</note></notes>",
            "empty.xlf  | 422 | ' '",
    })
    void bad_files_get_a_problem_that_names_the_file(String name, int status, String content) throws Exception {
        ResponseEntity<String> response = uploadXliff(name, content.getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = read(response);
        assertThat(problem.get("detail").asText()).startsWith(name + ": ");
        assertThat(problem.get("file").asText()).isEqualTo(name);
    }

    @Test
    void a_file_over_the_limit_gets_413() throws Exception {
        ResponseEntity<String> response = uploadXliff("huge.xlf", new byte[200 * 1024]);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(read(response).get("detail").asText()).contains("limit");
    }

    @Test
    void a_text_pair_is_imported_and_exported_as_xliff_21_and_as_text() throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("source", part("a.de.txt", "Guten Tag. Wie geht es?\n\nZweiter Absatz.".getBytes(StandardCharsets.UTF_8)));
        form.add("target", part("a.en.txt", "Good day. How are you?\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8)));
        form.add("sourceLang", "de");
        form.add("targetLang", "en-gb");
        ResponseEntity<String> created = upload(form);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode doc = read(created);
        assertThat(doc.get("targetLang").asText()).isEqualTo("en-GB");
        assertThat(doc.get("segmentCount").asInt()).isEqualTo(3);
        long id = doc.get("id").asLong();
        String xliff = http.getForObject("/api/documents/" + id + "/export", String.class);
        assertThat(xliff).contains("version=\"2.1\"").contains("<target>How are you?</target>");
        String text = http.getForObject("/api/documents/" + id + "/export?format=text", String.class);
        assertThat(text).isEqualTo("Good day. How are you?\n\nSecond paragraph.\n");
    }

    @Test
    void export_with_review_true_carries_comments_and_issues_and_the_plain_export_does_not() throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("source", part("r.es.txt", "El informe llega hoy.".getBytes(StandardCharsets.UTF_8)));
        form.add("target", part("r.en.txt", "The the report arrives today.".getBytes(StandardCharsets.UTF_8)));
        form.add("sourceLang", "es");
        form.add("targetLang", "en-US");
        long id = read(upload(form)).get("id").asLong();
        long segment = read(http.getForEntity("/api/documents/" + id + "/segments", String.class)).get(0).get("id")
                .asLong();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.postForEntity("/api/documents/" + id + "/segments/" + segment + "/comments",
                new HttpEntity<>("{\"text\":\"Doubled?\"}", headers), String.class);

        String reviewed = http.getForObject("/api/documents/" + id + "/export?review=true", String.class);
        String clean = http.getForObject("/api/documents/" + id + "/export", String.class);

        assertThat(reviewed).contains("its:locQualityIssuesRef", "urn:tandem:check:doubled-word",
                "tandem:author=\"editor\"", ">Doubled?</note>");
        assertThat(clean).doesNotContain("locQualityIssue", "<note");
    }

    @Test
    void a_text_pair_without_languages_or_with_an_unknown_one_is_refused() throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("source", part("a.txt", "Hola.".getBytes(StandardCharsets.UTF_8)));
        form.add("target", part("b.txt", "Hello.".getBytes(StandardCharsets.UTF_8)));
        form.add("sourceLang", "es");
        assertThat(upload(form).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        form.add("targetLang", "xx-notalanguage-123456789");
        ResponseEntity<String> unknown = upload(form);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(read(unknown).get("detail").asText()).startsWith("b.txt: language");
    }

    @Test
    void issues_are_listed_and_one_can_be_dismissed() throws Exception {
        long id = read(uploadXliff("check-en.xlf", DocumentServiceTest.resource("/xliff/check-en.xlf"))).get("id").asLong();
        JsonNode issues = read(http.getForEntity("/api/documents/" + id + "/issues", String.class));
        JsonNode glued = null;
        for (JsonNode issue : issues) {
            if (issue.get("check").asText().equals("quote-glued")) {
                glued = issue;
            }
        }
        assertThat(glued).isNotNull();
        assertThat(glued.get("severity").asText()).isEqualTo("minor");
        assertThat(glued.get("suggestions").get(0).asText()).isEqualTo(",\" ");
        String url = "/api/documents/" + id + "/segments/" + glued.get("segmentId").asLong() + "/dismissals";
        Map<String, Object> body = Map.of("check", "quote-glued", "start", glued.get("start").asInt(),
                "end", glued.get("end").asInt(), "reason", "style");
        assertThat(http.postForEntity(url, body, String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(read(http.getForEntity("/api/documents/" + id + "/issues", String.class)).findValuesAsText("check"))
                .doesNotContain("quote-glued");
        assertThat(http.postForEntity(url, body, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknown_documents_get_404() {
        assertThat(http.getForEntity("/api/documents/987654/segments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
