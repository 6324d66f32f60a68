package org.tandem.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.TermbaseFiles;
import org.tandem.qa.Issue;
import org.tandem.review.IssueService;
import org.tandem.security.EditorApiTest;

/** Termbases over real HTTP and in the H2 file database: import, export, shipped files, enforcement. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD)
@WithMockUser(username = "editor", roles = "EDITOR")
class GlossaryApiTest extends EditorApiTest {

    private static final Path TBX = Path.of("..", "shared", "corpus", "tbx");

    @Autowired
    GlossaryService glossaries;

    @Autowired
    DocumentService documents;

    @Autowired
    IssueService issueService;

    @Autowired
    TermbaseFiles files;

    private static byte[] corpus(String path) throws Exception {
        Path file = TBX.resolve(path);
        Assumptions.assumeTrue(Files.exists(file), org.tandem.CorpusSkips.ABSENT);
        return Files.readAllBytes(file);
    }

    private ResponseEntity<String> upload(String name, byte[] bytes, String languages) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, partHeaders));
        if (languages != null) {
            form.add("languages", languages);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/glossaries", new HttpEntity<>(form, headers), String.class);
    }

    @Test
    void imports_tbx_lists_it_and_exports_it_in_both_formats() throws Exception {
        ResponseEntity<String> created = upload("TBX-basic-sample.tbx", corpus("tbx-basic-v3/TBX-basic-sample.tbx"),
                null);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        assertThat(body.get("name").asText()).isEqualTo("TBX-Basic Sample File");
        assertThat(body.get("concepts").asInt()).isEqualTo(5);
        assertThat(body.get("terms").asInt()).isEqualTo(13);
        long id = body.get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/glossaries/" + id);
        JsonNode list = json.readTree(http.getForObject("/api/glossaries", String.class));
        assertThat(list.findValuesAsText("name")).contains("TBX-Basic Sample File", "News (Spanish–English)");

        TermbaseData original = files.read("s.tbx", corpus("tbx-basic-v3/TBX-basic-sample.tbx"), List.of());
        for (String format : List.of("tbx", "csv")) {
            ResponseEntity<byte[]> export = http.getForEntity("/api/glossaries/" + id + "/export?format=" + format,
                    byte[].class);
            assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(export.getHeaders().getContentDisposition().getFilename()).endsWith("." + format);
            TermbaseData back = files.read("back." + format, export.getBody(), List.of());
            assertThat(back.concepts()).extracting(TermbaseData.Concept::terms)
                    .isEqualTo(original.concepts().stream().map(TermbaseData.Concept::terms).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tbx-basic-v3/invalid/tbx_basic_sample_badelement.tbx        | | <transaction> is not an element of TBX-Basic
            tbx-basic-v3/invalid/tbx_basic_sample_notwellformed.tbx     | | line
            csv/okapi-test01.csv                                        | | names no languages
            """)
    void refuses_a_bad_file_with_a_problem_naming_it_and_stores_nothing(String path, String languages,
                                                                        String problem) throws Exception {
        int before = glossaries.termbases().size();
        String name = Path.of(path).getFileName().toString();

        ResponseEntity<String> response = upload(name, corpus(path), languages);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problemJson = json.readTree(response.getBody());
        assertThat(problemJson.get("file").asText()).isEqualTo(name);
        assertThat(problemJson.get("detail").asText()).startsWith(name + ": ").contains(problem);
        assertThat(glossaries.termbases()).hasSize(before);
    }

    @Test
    void takes_the_languages_of_a_headerless_csv_from_the_request() throws Exception {
        ResponseEntity<String> response = upload("okapi-test01.csv", corpus("csv/okapi-test01.csv"), "en,fr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(response.getBody()).get("terms").asInt()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/glossaries/987654/export            | 404
            /api/glossaries/987654                   | 404
            """)
    void answers_missing_termbases_with_a_problem(String url, int status) {
        assertThat(http.getForEntity(url, String.class).getStatusCode().value()).isEqualTo(status);
    }

    @Test
    void refuses_an_unknown_export_format() {
        long id = glossaries.termbases().get(0).id();

        ResponseEntity<String> response = http.getForEntity("/api/glossaries/" + id + "/export?format=xml",
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void loads_a_shipped_termbase_once_and_again_only_when_it_changed() {
        Termbase shipped = glossaries.termbases().stream()
                .filter(t -> "glossaries/news-es-en.tbx".equals(t.origin())).findFirst().orElseThrow();
        assertThat(shipped.concepts()).isGreaterThan(20);
        byte[] v1 = "en,de\nhouse,Haus\n".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = "en,de\nhouse,Haus\ntree,Baum\n".getBytes(StandardCharsets.UTF_8);

        assertThat(glossaries.loadShipped("glossaries/test-shipped.csv", v1)).isTrue();
        Termbase first = find("glossaries/test-shipped.csv");
        assertThat(glossaries.loadShipped("glossaries/test-shipped.csv", v1)).isFalse();
        assertThat(find("glossaries/test-shipped.csv")).isEqualTo(first);
        assertThat(glossaries.loadShipped("glossaries/test-shipped.csv", v2)).isTrue();
        Termbase second = find("glossaries/test-shipped.csv");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.concepts()).isEqualTo(2);
        assertThat(second.revision()).isGreaterThan(first.revision());
        assertThat(glossaries.termbases().stream().filter(t -> "glossaries/test-shipped.csv".equals(t.origin())))
                .hasSize(1);
    }

    private Termbase find(String origin) {
        return glossaries.termbases().stream().filter(t -> origin.equals(t.origin())).findFirst().orElseThrow();
    }

    @Test
    void a_term_added_to_the_glossary_flags_the_document_at_the_next_check() {
        Document doc = documents.importTextPair("eu.es.txt", "El Consejo Nórdico decidió.".getBytes(
                StandardCharsets.UTF_8), "eu.en.txt", "The Scandinavian Council decided.".getBytes(
                StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
        assertThat(glossaryIssues(doc)).isEmpty();

        Termbase termbase = glossaries.create("Nordic " + doc.id(), List.of("es", "en"));
        glossaries.saveConcept(termbase.id(), null, new TermbaseData.Concept("", "", "", "", List.of(
                new TermbaseData.Term("es", "Consejo Nórdico", TermStatus.PREFERRED, "", true, ""),
                new TermbaseData.Term("en", "Nordic Council", TermStatus.PREFERRED, "", true, ""),
                new TermbaseData.Term("en", "Scandinavian Council", TermStatus.DEPRECATED, "", true, ""))));

        List<Issue> issues = glossaryIssues(doc);
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).suggestions()).containsExactly("Nordic Council");
        assertThat(glossaries.termsIn(glossaries.terminology(doc.id(), "es", "en-US"),
                documents.segments(doc.id()).get(0).source(), "es", "en-US"))
                .extracting(GlossaryService.FoundTerm::source, GlossaryService.FoundTerm::required)
                .contains(org.assertj.core.groups.Tuple.tuple("Consejo Nórdico", List.of("Nordic Council")));
    }

    private List<Issue> glossaryIssues(Document doc) {
        Map<Long, List<Issue>> issues = issueService.issues(doc.id());
        return issues.values().stream().flatMap(List::stream).filter(i -> i.checkId().equals("glossary")).toList();
    }
}
