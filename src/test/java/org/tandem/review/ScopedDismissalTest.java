package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.qa.CheckProfile;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/** "This rule in this document" and "this exact text everywhere" (in the language pair). */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class ScopedDismissalTest {

    @Autowired
    IssueService issues;

    @Autowired
    DocumentService documents;

    @Autowired
    CheckSettingsService settings;

    private Document doc(String source, String target, String targetText) {
        return documents.importTextPair("scoped." + source + ".txt", "Etxea.\n\nBeste etxea.\n\nHirugarrena."
                        .getBytes(StandardCharsets.UTF_8), "scoped." + target + ".txt",
                targetText.getBytes(StandardCharsets.UTF_8), source, target, DocumentService.ImportProgress.NONE);
    }

    private long count(Document doc, String check, String covered) {
        List<org.tandem.document.Segment> segments = documents.segments(doc.id());
        return issues.issues(doc.id()).entrySet().stream().mapToLong(e -> {
            String text = segments.stream().filter(s -> s.id() == e.getKey()).findFirst().orElseThrow().targetText();
            return e.getValue().stream().filter(i -> (check == null || CheckProfile.key(i).equals(check))
                    && (covered == null || text.substring(i.start(), i.end()).equals(covered))).count();
        }).sum();
    }

    /** The first issue on exactly this text. */
    private Issue on(Document doc, String covered) {
        List<org.tandem.document.Segment> segments = documents.segments(doc.id());
        return issues.issues(doc.id()).entrySet().stream().flatMap(e -> {
            String text = segments.stream().filter(s -> s.id() == e.getKey()).findFirst().orElseThrow().targetText();
            return e.getValue().stream().filter(i -> text.substring(i.start(), i.end()).equals(covered));
        }).findFirst().orElseThrow(() -> new AssertionError("no issue on " + covered + " in "
                + issues.issues(doc.id())));
    }

    private long segmentOf(Document doc, Issue issue) {
        return issues.issues(doc.id()).entrySet().stream().filter(e -> e.getValue().contains(issue)).findFirst()
                .orElseThrow().getKey();
    }

    private static final String TEXT = "Another the the house.\n\nIt is is good.\n\nNothing doubled here.";

    @Test
    void this_rule_in_this_document_dismisses_all_its_findings_there_only() {
        Document a = doc("eu", "en", TEXT);
        Document b = doc("eu", "en", TEXT);
        Issue issue = on(a, " the");
        String key = CheckProfile.key(issue);
        long found = count(a, key, null);
        int before = decisions("eu-en", key);
        issues.dismiss(a.id(), segmentOf(a, issue), issue, "a style of this author", IssueService.DismissScope.DOCUMENT);
        assertThat(count(a, key, null)).isZero();
        assertThat(count(b, key, null)).as("another document").isEqualTo(found);
        assertThat(count(a, null, "is is")).as("other checks' findings stay")
                .isEqualTo(key.equals(CheckProfile.key(on(b, "is is"))) ? 0 : 1);
        assertThat(decisions("eu-en", key)).as("one decision").isEqualTo(before + 1);
    }

    @Test
    void this_exact_text_everywhere_dismisses_it_in_every_document_of_the_pair() {
        Document a = doc("gl", "en", TEXT);
        Document b = doc("gl", "en", TEXT);
        Document samePair = doc("gl", "en-GB", TEXT);
        Document otherTarget = doc("gl", "fr", TEXT);
        Issue theThe = on(a, " the");
        String key = CheckProfile.key(theThe);
        issues.dismiss(a.id(), segmentOf(a, theThe), theThe, null, IssueService.DismissScope.EVERYWHERE);

        assertThat(count(a, key, " the")).isZero();
        assertThat(count(b, key, " the")).as("the same text in another document").isZero();
        assertThat(count(b, null, "is is")).as("another text stays").isEqualTo(1);
        assertThat(count(samePair, key, " the")).as("en-GB is the same pair (gl-en)").isZero();
        assertThat(count(otherTarget, null, " the")).as("another target language").isGreaterThanOrEqualTo(1);
    }

    @Test
    void scoped_dismissals_are_listed_for_their_pair_and_lifted() {
        Document a = doc("ku", "en", TEXT);
        Issue theThe = on(a, " the");
        Issue isIs = on(a, "is is");
        issues.dismiss(a.id(), segmentOf(a, theThe), theThe, "house style", IssueService.DismissScope.EVERYWHERE);
        issues.dismiss(a.id(), segmentOf(a, isIs), isIs, null, IssueService.DismissScope.DOCUMENT);
        List<IssueService.ScopedDismissal> listed = issues.scopedDismissals("ku-en");
        assertThat(listed).extracting(IssueService.ScopedDismissal::where)
                .containsExactlyInAnyOrder("everywhere", "in scoped.ku.txt");
        IssueService.ScopedDismissal everywhere = listed.stream().filter(d -> d.documentId() == null).findFirst()
                .orElseThrow();
        assertThat(everywhere.covered()).isEqualTo(" the");
        assertThat(everywhere.reason()).isEqualTo("house style");
        assertThat(issues.scopedDismissals("ku-de")).isEmpty();

        listed.forEach(issues::lift);
        assertThat(issues.scopedDismissals("ku-en")).isEmpty();
        assertThat(count(a, null, " the")).as("reported again").isEqualTo(1);
        assertThat(count(a, null, "is is")).isEqualTo(1);
    }

    @Test
    void a_finding_that_covers_no_text_cannot_be_dismissed_by_its_text() {
        Document a = doc("eu", "en", TEXT);
        long segment = documents.segments(a.id()).get(0).id();
        Issue missing = new Issue("glossary", "terminology/wrong-term", Severity.MAJOR, 3, 3, "missing", List.of(),
                "terminology");
        assertThatThrownBy(() -> issues.dismiss(a.id(), segment, missing, null, IssueService.DismissScope.EVERYWHERE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covers no text");
    }

    private int decisions(String pair, String key) {
        return settings.rows(pair).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow()
                .dismissed();
    }
}
