package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.security.SignedIn.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.io.ImportException;
import org.tandem.io.TranslationFiles;
import org.tandem.review.IssueService;
import org.tandem.security.Role;

/** The document service on the H2 file database, as the application uses it. */
@SpringBootTest(properties = "tandem.import.max-file-size=64KB")
@WithMockUser(username = "editor", roles = "EDITOR")
class DocumentServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    IssueService issueService;

    @Autowired
    JdbcClient jdbc;

    static byte[] resource(String path) throws IOException {
        try (InputStream in = DocumentServiceTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private Document importInline() throws IOException {
        return documents.importXliff("inline.xlf", resource("/xliff/inline.xlf"), null, false,
                DocumentService.ImportProgress.NONE);
    }

    @Test
    void imports_xliff_with_inline_codes_as_placeholders() throws IOException {
        Document doc = importInline();
        List<Segment> segments = documents.segments(doc.id());
        assertThat(doc.sourceLang()).isEqualTo("en");
        assertThat(doc.targetLang()).isEqualTo("de");
        assertThat(segments).extracting(Segment::unitId).containsExactly("t1", "t2");
        assertThat(segments.get(0).source()).isEqualTo("Click ⟨1⟩Save⟨/1⟩ to keep ⟨2/⟩ your work.");
        assertThat(segments.get(0).target()).isEqualTo("Klicken Sie auf ⟨1⟩Speichern⟨/1⟩, um ⟨2/⟩ Ihre Arbeit zu behalten.");
        assertThat(segments.get(0).mtTarget()).isEqualTo(segments.get(0).target());
        assertThat(segments.get(0).status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(segments.get(1).target()).isNull();
        assertThat(segments.get(1).status()).isEqualTo(SegmentStatus.NEW);
    }

    @Test
    void a_saved_edit_is_in_the_database_and_bumps_the_version() throws IOException {
        Document doc = importInline();
        Segment first = documents.segments(doc.id()).get(0);
        String edit = "Klicken Sie auf ⟨1⟩Speichern⟨/1⟩, um ⟨2/⟩ Ihre Arbeit zu sichern.";
        Segment saved = documents.saveTarget(doc.id(), first.id(), edit, first.version(), null);
        assertThat(saved.version()).isEqualTo(first.version() + 1);
        String stored = jdbc.sql("select target from segment where id = :id").param("id", first.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(edit);
        assertThat(documents.segment(doc.id(), first.id()).changed()).isTrue();
    }

    @Test
    void a_save_with_a_stale_version_is_refused_and_changes_nothing() throws IOException {
        Document doc = importInline();
        Segment first = documents.segments(doc.id()).get(0);
        String alice = "Klicken Sie auf ⟨1⟩Speichern⟨/1⟩ ⟨2/⟩ (Alice).";
        String bob = "Klicken Sie auf ⟨1⟩Speichern⟨/1⟩ ⟨2/⟩ (Bob).";
        documents.saveTarget(doc.id(), first.id(), alice, first.version(), null);
        assertThatThrownBy(() -> documents.saveTarget(doc.id(), first.id(), bob, first.version(), null))
                .isInstanceOf(StaleSegmentException.class)
                .satisfies(e -> assertThat(((StaleSegmentException) e).current().target()).isEqualTo(alice));
        assertThat(documents.segment(doc.id(), first.id()).target()).isEqualTo(alice);
    }

    @Test
    void an_edit_that_drops_or_breaks_a_code_is_refused_naming_the_code() throws IOException {
        Document doc = importInline();
        Segment first = documents.segments(doc.id()).get(0);
        assertThatThrownBy(() -> documents.saveTarget(doc.id(), first.id(), "Klicken ⟨1⟩Speichern⟨/1⟩.",
                first.version(), null))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("⟨2/⟩");
        assertThatThrownBy(() -> documents.saveTarget(doc.id(), first.id(), "⟨/1⟩Speichern⟨1⟩ ⟨2/⟩",
                first.version(), null))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("⟨/1⟩");
        assertThatThrownBy(() -> documents.saveTarget(doc.id(), first.id(), "⟨1⟩Speichern⟨/1⟩ ⟨2/⟩ \u0007",
                first.version(), null))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("U+0007");
        assertThat(documents.segment(doc.id(), first.id()).version()).isEqualTo(first.version());
    }

    @Test
    void a_failed_import_stores_nothing() {
        int before = documents.documents().size();
        byte[] broken = "<xliff version=\"1.2\"><file source-language=\"en\"><body><trans-unit id=\"1\"><source>a"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> documents.importXliff("broken.xlf", broken, null, false,
                DocumentService.ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("broken.xlf: line 1");
        assertThat(documents.documents()).hasSize(before);
    }

    @Test
    void a_file_over_the_configured_limit_is_refused() {
        byte[] big = new byte[65 * 1024];
        assertThatThrownBy(() -> documents.importXliff("big.xlf", big, null, false,
                DocumentService.ImportProgress.NONE))
                .isInstanceOf(FileTooLargeException.class).hasMessageContaining("big.xlf");
    }

    @Test
    void export_patches_the_edited_target_into_the_original_file() throws IOException {
        Document doc = importInline();
        Segment first = documents.segments(doc.id()).get(0);
        Segment second = documents.segments(doc.id()).get(1);
        documents.saveTarget(doc.id(), first.id(), "Klicken Sie auf ⟨1⟩Sichern⟨/1⟩ ⟨2/⟩ & gut.", first.version(), null);
        ExportedFile file = documents.export(doc.id(), TranslationFiles.ExportFormat.ORIGINAL);
        String xml = new String(file.content(), StandardCharsets.UTF_8);
        String original = new String(resource("/xliff/inline.xlf"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<target>Klicken Sie auf <g id=\"1\">Sichern</g> <x id=\"2\"/> &amp; gut.</target>");
        assertThat(xml).contains("<note>Button label</note>");
        assertThat(xml.replace("Klicken Sie auf <g id=\"1\">Sichern</g> <x id=\"2\"/> &amp; gut.",
                "Klicken Sie auf <g id=\"1\">Speichern</g>, um <x id=\"2\"/> Ihre Arbeit zu behalten."))
                .as("nothing else changed").isEqualTo(original);
        assertThat(file.fileName()).isEqualTo("inline.de.xlf");
        assertThat(second.target()).isNull();
    }

    @Test
    void a_dismissed_issue_stays_dismissed_until_the_text_changes() throws IOException {
        Document doc = documents.importXliff("check-en.xlf", resource("/xliff/check-en.xlf"), null, false,
                DocumentService.ImportProgress.NONE);
        Segment first = documents.segments(doc.id()).get(0);
        org.tandem.qa.Issue glued = issueService.issues(doc.id()).get(first.id()).stream()
                .filter(i -> i.checkId().equals("quote-glued")).findFirst().orElseThrow();
        as("alice", Role.EDITOR, () -> issueService.dismiss(doc.id(), first.id(), glued, "house style"));
        assertThat(issueService.issues(doc.id()).get(first.id())).noneMatch(i -> i.checkId().equals("quote-glued"));
        String who = jdbc.sql("select dismissed_by || ':' || reason from dismissed_issue where segment_id = :id")
                .param("id", first.id()).query(String.class).single();
        assertThat(who).isEqualTo("alice:house style");

        documents.saveTarget(doc.id(), first.id(), first.target() + " Really.", first.version(), null);
        assertThat(issueService.issues(doc.id()).get(first.id())).anyMatch(i -> i.checkId().equals("quote-glued"));
    }

    @Test
    void check_results_are_stored_and_reused_while_the_text_is_unchanged() throws IOException {
        Document doc = documents.importXliff("check-en.xlf", resource("/xliff/check-en.xlf"), null, false,
                DocumentService.ImportProgress.NONE);
        List<Segment> segments = documents.segments(doc.id());
        assertThat(issueService.issues(doc.id()).get(segments.get(1).id()))
                .anyMatch(i -> i.checkId().equals("number-mismatch"));
        int stored = jdbc.sql("select count(*) from segment_issues i join segment s on s.id = i.segment_id "
                + "where s.document_id = :doc").param("doc", doc.id()).query(Integer.class).single();
        assertThat(stored).isEqualTo(segments.size());

        // Stored results win over checking again: proof that an unchanged segment is not re-checked.
        jdbc.sql("update segment_issues set issues = '[]' where segment_id = :id").param("id", segments.get(1).id())
                .update();
        assertThat(issueService.issues(doc.id()).get(segments.get(1).id())).isEmpty();

        // A changed text is checked again and stored anew.
        Segment second = segments.get(1);
        documents.saveTarget(doc.id(), second.id(), "17 people died, 71 were hurt.", second.version(), null);
        assertThat(issueService.issues(doc.id()).get(second.id())).anyMatch(i -> i.checkId().equals("number-mismatch"));
        String json = jdbc.sql("select issues from segment_issues where segment_id = :id").param("id", second.id())
                .query(String.class).single();
        assertThat(json).contains("number-mismatch");
    }

    @Test
    void deleting_a_document_removes_its_segments() throws IOException {
        Document doc = importInline();
        documents.delete(doc.id());
        int left = jdbc.sql("select count(*) from segment where document_id = :id").param("id", doc.id())
                .query(Integer.class).single();
        assertThat(left).isZero();
        assertThatThrownBy(() -> documents.document(doc.id())).isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void the_demo_article_is_loaded_as_a_text_pair_on_first_start() {
        Document demo = documents.documents().stream().filter(d -> d.name().startsWith("xi-putin")).findFirst()
                .orElseThrow();
        assertThat(demo.isTextPair()).isTrue();
        assertThat(demo.sourceLang()).isEqualTo("es");
        assertThat(demo.targetLang()).isEqualTo("en-US");
        List<Segment> segments = documents.segments(demo.id());
        assertThat(segments).anySatisfy(s -> {
            assertThat(s.source()).contains("Kiev");
            assertThat(s.target()).contains("kyiv");
        });
    }
}
