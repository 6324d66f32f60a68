package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tandem.security.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.qa.Issue;
import org.tandem.security.Role;

/** MQM errors in the H2 file database, the score of a document, and its LQA report. */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class MqmServiceTest {

    @Autowired
    MqmService review;

    @Autowired
    DocumentService documents;

    @Autowired
    IssueService issueService;

    /** 20 source words in two segments (10 + 10). */
    private Document doc() {
        return documents.importTextPair("lqa.es.txt", ("Uno dos tres cuatro cinco seis siete ocho nueve diez.\n\n"
                        + "El gasoducto transportará cincuenta mil millones de metros cúbicos anuales.")
                        .getBytes(StandardCharsets.UTF_8), "lqa.en.txt",
                ("One two three four five six seven eight nine ten.\n\n"
                        + "The pipeline will carry fifty thousand million cubic meters a year.")
                        .getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    @Test
    void marks_errors_and_scores_the_document_by_hand_computed_figures() {
        Document doc = doc();
        List<Segment> segments = documents.segments(doc.id());
        Segment second = segments.get(1);
        int at = second.targetText().indexOf("fifty thousand million");

        MqmError major = review.mark(doc.id(), second.id(), new MqmService.Marking(at, at + 22,
                MqmDimension.ACCURACY, "mistranslation", MqmSeverity.MAJOR, "50 billion"));
        review.mark(doc.id(), segments.get(0).id(), new MqmService.Marking(0, 3, MqmDimension.STYLE,
                "awkward-style", MqmSeverity.MINOR, null));
        review.mark(doc.id(), segments.get(0).id(), new MqmService.Marking(4, 7, MqmDimension.STYLE,
                "other", MqmSeverity.NEUTRAL, "fine, just noting"));

        assertThat(major.highlighted()).isEqualTo("fifty thousand million");
        assertThat(major.who()).isEqualTo("erin");
        LqaScore score = review.score(doc.id());
        assertThat(score.evaluationWords()).isEqualTo(20);
        assertThat(score.penaltyTotal()).isEqualTo(6);
        assertThat(score.perWordPenalty()).isCloseTo(0.3, within(1e-9));
        assertThat(score.score()).isCloseTo(70.0, within(1e-9));
        assertThat(score.threshold()).isEqualTo(99.0);
        assertThat(score.passed()).isFalse();

        review.setThreshold(doc.id(), 70);
        assertThat(review.score(doc.id()).passed()).isTrue();
        review.mark(doc.id(), second.id(), new MqmService.Marking(second.targetText().length(),
                second.targetText().length(), MqmDimension.ACCURACY, "omission", MqmSeverity.CRITICAL, null));
        assertThat(review.score(doc.id()).passed()).as("a critical error fails at any score").isFalse();
        review.delete(doc.id(), major.id());
        assertThat(review.errors(doc.id())).hasSize(3).noneMatch(e -> e.id() == major.id());
    }

    @Test
    void an_automatic_issue_is_confirmed_with_its_span_category_and_severity() {
        Document doc = documents.importTextPair("dw.es.txt", "El gasoducto llega hoy.".getBytes(StandardCharsets.UTF_8),
                "dw.en.txt", "The the pipeline arrives today.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        Segment second = documents.segments(doc.id()).get(0);
        Issue issue = issueService.issues(doc.id()).get(second.id()).stream()
                .filter(i -> i.checkId().equals("doubled-word")).findFirst().orElseThrow();

        MqmError confirmed = review.confirm(doc.id(), second.id(), issue);

        assertThat(confirmed.checkId()).isEqualTo("doubled-word");
        assertThat(confirmed.start()).isEqualTo(issue.start());
        assertThat(confirmed.end()).isEqualTo(issue.end());
        assertThat(confirmed.dimension()).isEqualTo(MqmDimension.LINGUISTIC_CONVENTIONS);
        assertThat(confirmed.type()).isEqualTo("textual-conventions");
        assertThat(confirmed.comment()).isEqualTo(issue.message());
        assertThat(confirmed.severity().name()).isEqualTo(issue.severity().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            span outside     | 0  | 999 | ACCURACY | mistranslation | is outside the target
            backwards span   | 5  | 2   | ACCURACY | mistranslation | is outside the target
            type of another  | 0  | 3   | STYLE    | spelling       | is not an MQM type of Style
            """)
    void refuses_a_bad_marking(String name, int start, int end, MqmDimension dimension, String type, String message) {
        Document doc = doc();
        Segment first = documents.segments(doc.id()).get(0);
        assertThatThrownBy(() -> review.mark(doc.id(), first.id(), new MqmService.Marking(start, end, dimension,
                type, MqmSeverity.MINOR, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(review.errors(doc.id())).isEmpty();
    }

    @Test
    void translators_read_the_score_but_may_not_mark() {
        Document doc = doc();
        Segment first = documents.segments(doc.id()).get(0);
        assertThatThrownBy(() -> as("tina", Role.TRANSLATOR, () -> review.mark(doc.id(), first.id(),
                new MqmService.Marking(0, 3, MqmDimension.STYLE, "other", MqmSeverity.MINOR, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("tina", Role.TRANSLATOR, () -> review.score(doc.id())).score()).isEqualTo(100.0);
    }

    @Test
    void the_report_holds_score_result_counts_and_segments_in_html_and_csv() {
        Document doc = doc();
        Segment second = documents.segments(doc.id()).get(1);
        review.mark(doc.id(), second.id(), new MqmService.Marking(4, 12, MqmDimension.TERMINOLOGY, "wrong-term",
                MqmSeverity.MAJOR, "say <gas pipeline> & mean it"));

        LqaReport report = review.report(doc.id());
        String html = report.html();
        assertThat(html).contains("<td class=\"num\">75.00</td>", "Fail", "Terminology / wrong-term",
                "<mark>pipeline</mark>", "say &lt;gas pipeline&gt; &amp; mean it").doesNotContain("<gas");
        String csv = report.csv();
        assertThat(csv).contains("quality score,75.00\r\n", "result,fail\r\n", "penalty total,5\r\n",
                "Terminology,0,0,1,0,5\r\n", "2,p2,Terminology,wrong-term,major,5,pipeline,say <gas pipeline> & mean it");
    }

    @Test
    void no_cell_of_the_csv_report_runs_as_a_spreadsheet_formula() {
        Document doc = doc();
        Segment second = documents.segments(doc.id()).get(1);
        review.mark(doc.id(), second.id(), new MqmService.Marking(4, 12, MqmDimension.TERMINOLOGY, "wrong-term",
                MqmSeverity.MAJOR, "=HYPERLINK(\"http://x.test\",\"click\")"));
        review.mark(doc.id(), second.id(), new MqmService.Marking(0, 3, MqmDimension.STYLE, "awkward-style",
                MqmSeverity.MINOR, "@SUM(1+1)"));
        String csv = review.report(doc.id()).csv();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"click\"\")\"", ",'@SUM(1+1),")
                .doesNotContain(",=HYPERLINK", ",@SUM");
    }

    @Test
    void the_same_span_and_category_is_marked_once_and_an_issue_confirmed_once() {
        Document doc = doc();
        Segment first = documents.segments(doc.id()).get(0);
        review.mark(doc.id(), first.id(), new MqmService.Marking(0, 3, MqmDimension.STYLE, "awkward-style",
                MqmSeverity.MINOR, null));

        assertThatThrownBy(() -> review.mark(doc.id(), first.id(), new MqmService.Marking(0, 3, MqmDimension.STYLE,
                "awkward-style", MqmSeverity.MAJOR, "again"))).isInstanceOf(DuplicateMqmErrorException.class)
                .hasMessageContaining("already");
        review.mark(doc.id(), first.id(), new MqmService.Marking(0, 3, MqmDimension.ACCURACY, "mistranslation",
                MqmSeverity.MINOR, null));
        Document doubled = documents.importTextPair("twice.es.txt", "El gasoducto.".getBytes(StandardCharsets.UTF_8),
                "twice.en.txt", "The the pipeline.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        Segment segment = documents.segments(doubled.id()).get(0);
        Issue issue = issueService.issues(doubled.id()).get(segment.id()).get(0);
        review.confirm(doubled.id(), segment.id(), issue);
        assertThatThrownBy(() -> review.confirm(doubled.id(), segment.id(), issue))
                .isInstanceOf(DuplicateMqmErrorException.class);
        assertThat(review.errors(doc.id())).hasSize(2);
        assertThat(review.errors(doubled.id())).hasSize(1);
    }
}
