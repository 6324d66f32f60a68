package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.qa.Issue;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/** A check that reviewers dismissed too often in a language pair shows as a hint in the panel, with the reason. */
class WorkbenchHintTest extends WorkbenchTest {

    @Autowired
    DocumentService documentService;

    private Document doc(String name) {
        return SignedIn.as("erin", Role.EDITOR, () -> documentService.importTextPair(name + ".ca.txt",
                "És la casa.".getBytes(StandardCharsets.UTF_8), name + ".en.txt",
                "This is the the house.".getBytes(StandardCharsets.UTF_8), "ca", "en",
                DocumentService.ImportProgress.NONE));
    }

    @Test
    void a_check_dismissed_again_and_again_shows_as_a_hint_with_its_reason() {
        Document decided = doc("decided");
        long segment = documentService.segments(decided.id()).get(0).id();
        Issue doubled = SignedIn.as("erin", Role.EDITOR, () -> issueService.issues(decided.id())).get(segment)
                .stream().filter(i -> i.checkId().equals("doubled-word")).findFirst().orElseThrow();
        for (int i = 0; i < 20; i++) {
            SignedIn.as("erin", Role.EDITOR, () -> issueService.dismiss(decided.id(), segment, doubled, "fine here"));
        }

        Document shown = doc("shown");
        login("erin", Role.EDITOR);
        openWorkbench(shown.id());
        clickRow(0);
        IssuePanel panel = _get(IssuePanel.class);
        List<Paragraph> reasons = _find(panel, Paragraph.class, s -> s.withClasses("hint-reason"));
        assertThat(reasons).singleElement().extracting(Paragraph::getText).asString()
                .contains("reviewers kept 0 of 20");
        assertThat(panel.getElement().getTextRecursively()).contains("hint");
    }

    @Test
    void dismissing_a_rule_in_the_document_clears_it_from_every_segment() {
        Document doc = SignedIn.as("erin", Role.EDITOR, () -> documentService.importTextPair("rule.sq.txt",
                "Shtëpia.\n\nNjë tjetër.".getBytes(StandardCharsets.UTF_8), "rule.en.txt",
                "This is the the house.\n\nThat is the the other one.".getBytes(StandardCharsets.UTF_8), "sq", "en",
                DocumentService.ImportProgress.NONE));
        login("erin", Role.EDITOR);
        openWorkbench(doc.id());
        clickRow(0);
        assertThat(SignedIn.as("erin", Role.EDITOR, () -> issueService.issues(doc.id())).values())
                .allMatch(found -> found.stream().anyMatch(i -> i.checkId().equals("doubled-word")));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_find(_get(IssuePanel.class),
                com.vaadin.flow.component.button.Button.class).stream()
                .filter(b -> b.getText().equals("Dismiss this rule in the document")).findFirst().orElseThrow());
        assertThat(SignedIn.as("erin", Role.EDITOR, () -> issueService.issues(doc.id())).values())
                .allMatch(found -> found.stream().noneMatch(i -> i.checkId().equals("doubled-word")));
    }
}
