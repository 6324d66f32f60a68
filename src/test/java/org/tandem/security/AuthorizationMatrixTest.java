package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.glossary.GlossaryService;
import org.tandem.review.CommentService;
import org.tandem.review.IssueService;
import org.tandem.review.MqmDimension;
import org.tandem.review.MqmService;
import org.tandem.review.MqmSeverity;

/**
 * Every REST endpoint × every role over real HTTP with Basic authentication: no credentials → 401, a role below
 * the endpoint's → 403 (as a problem), the endpoint's role or above → neither. A second test fails when an
 * endpoint is added without a row here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "TANDEM_ADMIN_PASSWORD=" + AuthorizationMatrixTest.PASSWORD + "-admin",
        "TANDEM_EDITOR_PASSWORD=" + AuthorizationMatrixTest.PASSWORD + "-editor",
        "TANDEM_TRANSLATOR_PASSWORD=" + AuthorizationMatrixTest.PASSWORD + "-translator"})
class AuthorizationMatrixTest {

    static final String PASSWORD = "matrix-password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DocumentService documents;

    @Autowired
    CommentService commentService;

    @Autowired
    IssueService issueService;

    @Autowired
    GlossaryService glossaries;

    @Autowired
    MqmService review;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What a row needs to build its request: a fresh document, its first segment, a termbase. */
    record Fixture(long doc, long segment, long termbase, long thread, String dismissal, long mqm) {
    }

    record Row(HttpMethod method, String pattern, Role least, Function<Fixture, String> path,
               Function<Fixture, Object> body) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static Row row(HttpMethod method, String pattern, Role least, Object body) {
        return new Row(method, pattern, least, f -> "/api" + pattern.replace("{id}", String.valueOf(
                pattern.startsWith("/glossaries") ? f.termbase() : f.doc()))
                .replace("{segmentId}", String.valueOf(f.segment()))
                .replace("{threadId}", String.valueOf(f.thread()))
                .replace("{errorId}", String.valueOf(f.mqm())), f -> body);
    }

    static Stream<Arguments> rows() {
        Object upload = "upload";
        return Stream.of(
                row(HttpMethod.GET, "/documents", Role.TRANSLATOR, null),
                row(HttpMethod.POST, "/documents", Role.EDITOR, upload),
                row(HttpMethod.GET, "/documents/{id}", Role.TRANSLATOR, null),
                row(HttpMethod.DELETE, "/documents/{id}", Role.EDITOR, null),
                row(HttpMethod.GET, "/documents/{id}/segments", Role.TRANSLATOR, null),
                row(HttpMethod.PUT, "/documents/{id}/segments/{segmentId}", Role.TRANSLATOR,
                        "{\"target\":\"The war.\",\"version\":0}"),
                new Row(HttpMethod.PUT, "/documents/{id}/segments/{segmentId}/status", Role.EDITOR,
                        f -> "/api/documents/" + f.doc() + "/segments/" + f.segment() + "/status",
                        f -> "{\"status\":\"approved\",\"version\":0}"),
                row(HttpMethod.GET, "/documents/{id}/segments/{segmentId}/history", Role.TRANSLATOR, null),
                row(HttpMethod.POST, "/documents/{id}/segments/{segmentId}/revert", Role.TRANSLATOR,
                        "{\"version\":0}"),
                row(HttpMethod.GET, "/documents/{id}/segments/{segmentId}/comments", Role.TRANSLATOR, null),
                row(HttpMethod.POST, "/documents/{id}/segments/{segmentId}/comments", Role.TRANSLATOR,
                        "{\"text\":\"Why?\"}"),
                row(HttpMethod.PUT, "/documents/{id}/segments/{segmentId}/comments/{threadId}/resolved",
                        Role.TRANSLATOR, "{\"resolved\":true}"),
                row(HttpMethod.POST, "/documents/{id}/approve-all", Role.EDITOR, null),
                row(HttpMethod.GET, "/documents/{id}/issues", Role.TRANSLATOR, null),
                new Row(HttpMethod.GET, "/documents/{id}/search", Role.TRANSLATOR,
                        f -> "/api/documents/" + f.doc() + "/search?find=war", f -> null),
                row(HttpMethod.POST, "/documents/{id}/replace", Role.TRANSLATOR,
                        "{\"find\":\"war\",\"replace\":\"War\",\"dryRun\":true}"),
                row(HttpMethod.GET, "/documents/{id}/progress", Role.TRANSLATOR, null),
                row(HttpMethod.GET, "/documents/{id}/qa-report", Role.TRANSLATOR, null),
                new Row(HttpMethod.POST, "/documents/{id}/segments/{segmentId}/dismissals", Role.TRANSLATOR,
                        f -> "/api/documents/" + f.doc() + "/segments/" + f.segment() + "/dismissals",
                        Fixture::dismissal),
                row(HttpMethod.GET, "/documents/{id}/export", Role.EDITOR, null),
                row(HttpMethod.GET, "/documents/{id}/mqm", Role.TRANSLATOR, null),
                row(HttpMethod.POST, "/documents/{id}/segments/{segmentId}/mqm", Role.EDITOR,
                        "{\"start\":4,\"end\":7,\"dimension\":\"style\",\"type\":\"other\",\"severity\":\"minor\"}"),
                row(HttpMethod.DELETE, "/documents/{id}/mqm/{errorId}", Role.EDITOR, null),
                row(HttpMethod.GET, "/documents/{id}/lqa", Role.TRANSLATOR, null),
                row(HttpMethod.PUT, "/documents/{id}/lqa/threshold", Role.EDITOR, "{\"threshold\":95}"),
                row(HttpMethod.GET, "/documents/{id}/lqa/report", Role.TRANSLATOR, null),
                row(HttpMethod.GET, "/checks", Role.TRANSLATOR, null),
                new Row(HttpMethod.GET, "/checks/settings", Role.TRANSLATOR, f -> "/api/checks/settings?pair=es-en",
                        f -> null),
                row(HttpMethod.PUT, "/checks/settings", Role.EDITOR,
                        "{\"pair\":\"es-en\",\"key\":\"doubled-word\",\"enabled\":true}"),
                row(HttpMethod.GET, "/checks/profile", Role.TRANSLATOR, null),
                row(HttpMethod.GET, "/glossaries", Role.TRANSLATOR, null),
                row(HttpMethod.POST, "/glossaries", Role.EDITOR, upload),
                row(HttpMethod.GET, "/glossaries/{id}", Role.TRANSLATOR, null),
                row(HttpMethod.GET, "/glossaries/{id}/export", Role.TRANSLATOR, null),
                row(HttpMethod.DELETE, "/glossaries/{id}", Role.EDITOR, null),
                row(HttpMethod.POST, "/memory", Role.EDITOR, upload),
                new Row(HttpMethod.GET, "/memory/export", Role.EDITOR,
                        f -> "/api/memory/export?sourceLang=es&targetLang=en", f -> null),
                new Row(HttpMethod.GET, "/memory/matches", Role.TRANSLATOR,
                        f -> "/api/memory/matches?sourceLang=es&targetLang=en&text=La%20guerra", f -> null),
                new Row(HttpMethod.GET, "/memory/concordance", Role.TRANSLATOR,
                        f -> "/api/memory/concordance?sourceLang=es&targetLang=en&text=guerra", f -> null)
        ).map(Arguments::of);
    }

    /** A translator may mark a segment translated; only reviewing, approving and rejecting need an editor. */
    @Test
    void a_translator_may_set_translated_but_not_approved() {
        Fixture f = fixture();
        String url = "/api/documents/" + f.doc() + "/segments/" + f.segment() + "/status";
        assertThat(send(HttpMethod.PUT, url, "{\"status\":\"translated\",\"version\":0}", Role.TRANSLATOR)
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> refused = send(HttpMethod.PUT, url, "{\"status\":\"approved\",\"version\":1}",
                Role.TRANSLATOR);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody()).contains("Only editors may mark a segment approved.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_role_gets_what_it_may(Row row) {
        Fixture first = fixture();
        ResponseEntity<String> anonymous = send(row.method(), row.path().apply(first), row.body().apply(first), null);
        assertThat(anonymous.getStatusCode().value()).as("without credentials").isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        for (Role role : Role.values()) {
            Fixture fixture = fixture();
            ResponseEntity<String> response = send(row.method(), row.path().apply(fixture), row.body().apply(fixture),
                    role);
            int status = response.getStatusCode().value();
            if (role.ordinal() < row.least().ordinal()) {
                assertThat(status).as(role + " → " + response.getBody()).isEqualTo(403);
                assertThat(response.getBody()).as(role.name()).contains("\"status\":403");
            } else {
                assertThat(status).as(role + " → " + response.getBody()).isBetween(200, 299);
            }
        }
    }

    @Test
    void every_api_endpoint_has_a_row_in_the_matrix() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m + " " + pattern));
                }
            }
        });
        Set<String> tabled = new TreeSet<>();
        rows().forEach(a -> tabled.add(((Row) a.get()[0]).method() + " /api" + ((Row) a.get()[0]).pattern()));
        assertThat(tabled).isEqualTo(served);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, Object body, Role role) {
        TestRestTemplate client = role == null ? http
                : http.withBasicAuth(role.name().toLowerCase(java.util.Locale.ROOT),
                        PASSWORD + "-" + role.name().toLowerCase(java.util.Locale.ROOT));
        HttpHeaders headers = new HttpHeaders();
        Object payload = body;
        if ("upload".equals(body)) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            if (path.contains("glossaries")) {
                form.add("file", file("terms.csv", "en,es\nwar,guerra\n"));
            } else if (path.contains("memory")) {
                form.add("file", file("memory.tmx", "<tmx version=\"1.4\"><header srclang=\"es\"/><body><tu>"
                        + "<tuv xml:lang=\"es\"><seg>La guerra.</seg></tuv><tuv xml:lang=\"en\"><seg>The war.</seg>"
                        + "</tuv></tu></body></tmx>"));
            } else {
                form.add("source", file("m.es.txt", "La guerra en kiev."));
                form.add("target", file("m.en.txt", "The war in kiev."));
                form.add("sourceLang", "es");
                form.add("targetLang", "en-US");
            }
            payload = form;
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return client.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    /** A fresh document (so that a delete or an edit by one role leaves the next role its own) and termbase. */
    private Fixture fixture() {
        return SystemUser.call(() -> {
            Document doc = documents.importTextPair("m.es.txt", "La guerra en Kiev.".getBytes(StandardCharsets.UTF_8),
                    "m.en.txt", "The the war in Kyiv.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                    DocumentService.ImportProgress.NONE);
            long segment = documents.segments(doc.id()).get(0).id();
            long thread = commentService.comment(doc.id(), segment, null, "A thread to resolve.").id();
            long termbase = glossaries.importFile("t.csv", "en,es\npeace,paz\n".getBytes(StandardCharsets.UTF_8),
                    List.of()).id();
            var issue = issueService.issues(doc.id()).get(segment).get(0);
            String dismissal = "{\"check\":\"" + issue.checkId() + "\",\"start\":" + issue.start() + ",\"end\":"
                    + issue.end() + "}";
            long mqm = review.mark(doc.id(), segment, new MqmService.Marking(0, 3, MqmDimension.STYLE, "other",
                    MqmSeverity.MINOR, null)).id();
            return new Fixture(doc.id(), segment, termbase, thread, dismissal, mqm);
        });
    }
}
