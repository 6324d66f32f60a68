package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.security.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.io.TranslationFiles;
import org.tandem.qa.Issue;
import org.tandem.security.Role;

/**
 * Review data travels with the file: exported with review data and imported again, a document has its comment
 * threads, its dismissals and its MQM errors back; a clean export carries none of them.
 */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class ReviewDataRoundTripTest {

    @Autowired
    DocumentService documents;

    @Autowired
    ReviewDataService reviewData;

    @Autowired
    CommentService commentService;

    @Autowired
    IssueService issueService;

    @Autowired
    MqmService review;

    private Document reviewed(String name) {
        Document doc = documents.importTextPair(name + ".es.txt",
                "El gasoducto llega hoy.\n\nLa reunión terminó tarde.".getBytes(StandardCharsets.UTF_8),
                name + ".en.txt", "The the pipeline arrives today.\n\nThe meeting finished late."
                        .getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
        List<Segment> segments = documents.segments(doc.id());
        Issue doubled = issueService.issues(doc.id()).get(segments.get(0).id()).stream()
                .filter(i -> i.checkId().equals("doubled-word")).findFirst().orElseThrow();
        issueService.dismiss(doc.id(), segments.get(0).id(), doubled, "house style");
        Comment first = as("ana", Role.TRANSLATOR, () -> commentService.comment(doc.id(), segments.get(0).id(), null,
                "Is “arrives” right?"));
        as("ben", Role.EDITOR, () -> commentService.comment(doc.id(), segments.get(0).id(), first.id(), "Yes."));
        commentService.resolve(doc.id(), segments.get(0).id(), first.id(), true);
        int at = segments.get(1).targetText().indexOf("finished");
        review.mark(doc.id(), segments.get(1).id(), new MqmService.Marking(at, at + 8, MqmDimension.STYLE,
                "awkward-style", MqmSeverity.MINOR, "ended"));
        return doc;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"XLIFF_2", "XLIFF_1"})
    void comments_dismissals_and_mqm_errors_come_back_from_the_exported_file(TranslationFiles.ExportFormat format) {
        Document doc = reviewed("rt" + format);
        byte[] file = reviewData.export(doc.id(), format).content();

        Document again = documents.importXliff("again.xlf", file, null, false, DocumentService.ImportProgress.NONE);

        List<Segment> segments = documents.segments(again.id());
        assertThat(segments).extracting(Segment::targetText)
                .containsExactly("The the pipeline arrives today.", "The meeting finished late.");
        List<Comment.Thread> threads = commentService.comments(again.id(), segments.get(0).id());
        assertThat(threads).singleElement().satisfies(t -> {
            assertThat(t.first().author()).isEqualTo("ana");
            assertThat(t.first().text()).isEqualTo("Is “arrives” right?");
            assertThat(t.resolved()).isTrue();
            assertThat(t.replies()).extracting(Comment::author, Comment::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ben", "Yes."));
        });
        assertThat(issueService.issues(again.id()).get(segments.get(0).id()))
                .noneMatch(i -> i.checkId().equals("doubled-word"));
        assertThat(review.errors(again.id())).singleElement().satisfies(e -> {
            assertThat(e.segmentId()).isEqualTo(segments.get(1).id());
            assertThat(e.highlighted()).isEqualTo("finished");
            assertThat(e.dimension()).isEqualTo(MqmDimension.STYLE);
            assertThat(e.type()).isEqualTo("awkward-style");
            assertThat(e.severity()).isEqualTo(MqmSeverity.MINOR);
            assertThat(e.comment()).isEqualTo("ended");
            assertThat(e.who()).isEqualTo("erin");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"XLIFF_2", "XLIFF_1"})
    void a_clean_export_carries_no_review_data(TranslationFiles.ExportFormat format) {
        Document doc = reviewed("clean" + format);
        String clean = new String(documents.export(doc.id(), format).content(), StandardCharsets.UTF_8);

        assertThat(clean).doesNotContain("locQualityIssue", "tandem:", "<note");
        Document again = documents.importXliff("clean.xlf", clean.getBytes(StandardCharsets.UTF_8), null, false,
                DocumentService.ImportProgress.NONE);
        Segment first = documents.segments(again.id()).get(0);
        assertThat(commentService.comments(again.id(), first.id())).isEmpty();
        assertThat(review.errors(again.id())).isEmpty();
        assertThat(issueService.issues(again.id()).get(first.id())).anyMatch(i -> i.checkId().equals("doubled-word"));
    }

    @org.junit.jupiter.api.Test
    void another_tools_quality_issues_become_mqm_errors_of_the_importer() {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="en"
                       xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">
                  <file id="f1"><unit id="u1"><segment id="s1"><source>La reunión terminó.</source>
                    <target>The <mrk id="m1" type="its:generic" its:locQualityIssueType="misspelling"
                      its:locQualityIssueComment="typo" its:locQualityIssueSeverity="70">meting</mrk> ended.</target>
                  </segment></unit></file>
                </xliff>
                """;
        Document doc = documents.importXliff("other-tool.xlf", xliff.getBytes(StandardCharsets.UTF_8), null, false,
                DocumentService.ImportProgress.NONE);

        Segment segment = documents.segments(doc.id()).get(0);
        assertThat(segment.targetText()).isEqualTo("The meting ended.");
        assertThat(segment.codes()).isEmpty();
        assertThat(review.errors(doc.id())).singleElement().satisfies(e -> {
            assertThat(e.highlighted()).isEqualTo("meting");
            assertThat(e.dimension()).isEqualTo(MqmDimension.LINGUISTIC_CONVENTIONS);
            assertThat(e.type()).isEqualTo("spelling");
            assertThat(e.severity()).isEqualTo(MqmSeverity.MAJOR);
            assertThat(e.comment()).isEqualTo("typo");
            assertThat(e.who()).isEqualTo("erin");
        });
    }
}
