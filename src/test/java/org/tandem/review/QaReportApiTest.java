package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tandem.security.EditorApiTest;

/** {@code GET /api/documents/{id}/qa-report} in its formats, with and without the dismissed issues. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD)
class QaReportApiTest extends EditorApiTest {

    @Test
    void the_report_lists_open_issues_and_on_request_the_dismissed_ones_with_who_and_why() throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("source", part("qa.es.txt", "La casa es grande.\n\nLlegaron 50.000 personas.".getBytes(
                StandardCharsets.UTF_8)));
        form.add("target", part("qa.en.txt", "The the house is big.\n\n5,000 people came.".getBytes(
                StandardCharsets.UTF_8)));
        form.add("sourceLang", "es");
        form.add("targetLang", "en");
        long doc = json.readTree(postForm("/api/documents", form).getBody()).get("id").asLong();
        signIn();
        JsonNode issues = json.readTree(http.getForObject("/api/documents/" + doc + "/issues", String.class));
        JsonNode doubled = null;
        for (JsonNode issue : issues) {
            if (issue.get("check").asText().equals("doubled-word")) {
                doubled = issue;
            }
        }
        assertThat(doubled).as("a doubled word in %s", issues).isNotNull();
        ResponseEntity<String> dismissed = http.postForEntity("/api/documents/" + doc + "/segments/"
                + doubled.get("segmentId").asLong() + "/dismissals", Map.of("check", "doubled-word", "start",
                doubled.get("start").asInt(), "end", doubled.get("end").asInt(), "reason", "the band's name"),
                String.class);
        assertThat(dismissed.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> open = http.getForEntity("/api/documents/" + doc + "/qa-report?format=csv",
                String.class);
        ResponseEntity<String> all = http.getForEntity("/api/documents/" + doc + "/qa-report?format=csv"
                + "&dismissed=true", String.class);
        ResponseEntity<byte[]> workbook = http.getForEntity("/api/documents/" + doc + "/qa-report?format=xlsx",
                byte[].class);
        ResponseEntity<String> page = http.getForEntity("/api/documents/" + doc + "/qa-report", String.class);
        ResponseEntity<String> unknown = http.getForEntity("/api/documents/" + doc + "/qa-report?format=pdf",
                String.class);

        assertThat(open.getBody()).contains("number").doesNotContain("the band's name");
        assertThat(all.getBody()).contains("dismissed,").contains("the band's name").contains("editor");
        assertThat(workbook.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(workbook.getHeaders().getContentDisposition().getFilename()).isEqualTo("qa.es.qa-report.xlsx");
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).contains("<h1>QA report: qa.es.txt</h1>");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
