package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.qa.CheckProfile;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/**
 * Reviewers' decisions count per check and pair; past enough of them a check kept too rarely is a hint; an editor's
 * settings change what the document's issues are, for that pair.
 */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class CheckSettingsServiceTest {

    @Autowired
    CheckSettingsService settings;

    @Autowired
    IssueService issues;

    @Autowired
    DocumentService documents;

    private Document doc() {
        return documents.importTextPair("scale.es.txt", "El gasoducto transportará 50.000 millones de metros cúbicos."
                        .getBytes(StandardCharsets.UTF_8), "scale.en.txt",
                "The pipeline will carry 50,000 million cubic meters.".getBytes(StandardCharsets.UTF_8), "es",
                "en-US", DocumentService.ImportProgress.NONE);
    }

    private static Issue of(String check) {
        return new Issue(check, "accuracy/mistranslation", Severity.MINOR, 0, 1, "test", List.of(), "other");
    }

    @Test
    void a_check_kept_too_rarely_becomes_a_hint_only_past_enough_decisions() {
        Document doc = doc();
        Issue issue = of("decisions-test-check");
        for (int i = 0; i < 6; i++) {
            settings.decided(doc, issue, true);
        }
        for (int i = 0; i < 13; i++) {
            settings.decided(doc, issue, false);
        }
        CheckSettingsService.CheckRow row = settings.rows("es-en").stream()
                .filter(r -> r.key().equals("decisions-test-check")).findFirst().orElseThrow();
        assertThat(row.applied()).isEqualTo(6);
        assertThat(row.dismissed()).isEqualTo(13);
        assertThat(row.hint()).as("19 decisions are not enough").isNull();

        settings.decided(doc, issue, false); // 6 of 20 kept: 30 %
        assertThat(settings.rows("es-en")).filteredOn(r -> r.key().equals("decisions-test-check")).singleElement()
                .satisfies(r -> assertThat(r.hint()).contains("reviewers kept 6 of 20"));
        assertThat(issues.profile().hint("es", "en", issue)).isPresent();
        assertThat(issues.profile().hint("es", "de", issue)).as("another pair").isEmpty();
        assertThat(settings.pairs()).contains("es-en");
    }

    @Test
    void dismissing_and_applying_are_counted_for_the_check_and_pair() {
        Document doc = doc();
        long segment = documents.segments(doc.id()).get(0).id();
        Issue scale = issues.issues(doc.id()).get(segment).stream()
                .filter(i -> i.checkId().equals("number-scale")).findFirst().orElseThrow();
        CheckSettingsService.CheckRow before = row("es-en", "number-scale");
        issues.applied(doc.id(), scale);
        issues.dismiss(doc.id(), segment, scale, "the article means it");
        CheckSettingsService.CheckRow after = row("es-en", "number-scale");
        assertThat(after.applied()).isEqualTo(before.applied() + 1);
        assertThat(after.dismissed()).isEqualTo(before.dismissed() + 1);
    }

    @Test
    void an_editor_switches_a_check_off_or_changes_its_severity_for_the_pair() {
        Document doc = doc();
        long segment = documents.segments(doc.id()).get(0).id();
        assertThat(issues.issues(doc.id()).get(segment)).anyMatch(i -> i.checkId().equals("number-scale"));
        try {
            settings.set("es-en", "number-scale", false, null);
            assertThat(issues.issues(doc.id()).get(segment)).noneMatch(i -> i.checkId().equals("number-scale"));
            assertThat(row("es-en", "number-scale").enabled()).isFalse();
            assertThat(CheckProfile.fromJson(settings.exportProfile()).apply("es", "en",
                    List.of(of("number-scale")))).as("the exported profile says the same").isEmpty();

            settings.set("es-en", "number-scale", true, Severity.CRITICAL);
            assertThat(issues.issues(doc.id()).get(segment)).filteredOn(i -> i.checkId().equals("number-scale"))
                    .singleElement().extracting(Issue::severity).isEqualTo(Severity.CRITICAL);

            assertThatThrownBy(() -> SignedIn.as("tom", Role.TRANSLATOR,
                    () -> settings.set("es-en", "number-scale", false, null)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            settings.set("es-en", "number-scale", true, null);
        }
        assertThat(row("es-en", "number-scale").severity()).as("back to its own").isNull();
        assertThat(issues.issues(doc.id()).get(segment)).filteredOn(i -> i.checkId().equals("number-scale"))
                .singleElement().extracting(Issue::severity).isNotEqualTo(Severity.CRITICAL);
    }

    private CheckSettingsService.CheckRow row(String pair, String key) {
        return settings.rows(pair).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
