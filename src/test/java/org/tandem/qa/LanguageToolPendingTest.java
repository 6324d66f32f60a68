package org.tandem.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.language.LocalLanguageToolServer;
import org.tandem.review.IssueService;

/**
 * Tandem configured with a LanguageTool server that is down: editing and saving go on, each segment says that its
 * LanguageTool check is pending (Tandem's own checks still report), and once the server answers the listeners hear
 * it and the segments get LanguageTool's findings.
 */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class LanguageToolPendingTest {

    private static final int PORT = LocalLanguageToolServer.freePort();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("tandem.languagetool.servers", () -> "http://localhost:" + PORT);
        registry.add("tandem.languagetool.retry-after", () -> "200ms");
    }

    @Autowired
    DocumentService documents;

    @Autowired
    IssueService issues;

    @Autowired
    QaService qa;

    @Test
    void segments_show_the_check_pending_while_no_server_answers_and_are_checked_when_one_does() throws Exception {
        Document doc = documents.importTextPair("pending.es.txt", "Es una prueba del sistema.\n\nOtra frase."
                        .getBytes(StandardCharsets.UTF_8), "pending.en.txt",
                "It is a tset of the the system.\n\nAnother sentence.".getBytes(StandardCharsets.UTF_8), "es", "en",
                DocumentService.ImportProgress.NONE);
        CountDownLatch resumed = new CountDownLatch(1);
        Runnable unsubscribe = qa.onResumed(resumed::countDown);
        try {
            Map<Long, List<Issue>> down = issues.issues(doc.id());
            assertThat(down.values()).allSatisfy(found -> assertThat(found).filteredOn(Issue::pending)
                    .singleElement().satisfies(pending -> assertThat(pending.message())
                            .contains("LanguageTool check pending").contains("localhost:" + PORT)));
            assertThat(down.values().stream().flatMap(List::stream)).as("Tandem's own checks still run")
                    .anyMatch(issue -> issue.checkId().equals("doubled-word"));
            Segment first = documents.segments(doc.id()).get(0);
            Segment saved = documents.saveTarget(doc.id(), first.id(), "It is a tset of the system.",
                    first.version(), null);
            assertThat(saved.targetText()).isEqualTo("It is a tset of the system.");
            assertThat(issues.issues(doc.id()).get(first.id())).anyMatch(Issue::pending);

            try (LocalLanguageToolServer server = LocalLanguageToolServer.start(PORT)) {
                assertThat(resumed.await(30, TimeUnit.SECONDS)).as("told that checking resumed").isTrue();
                Map<Long, List<Issue>> up = issues.issues(doc.id());
                assertThat(up.values().stream().flatMap(List::stream)).noneMatch(Issue::pending);
                assertThat(up.get(first.id())).anyMatch(issue -> issue.checkId().equals("languagetool")
                        && "It is a tset of the system.".substring(issue.start(), issue.end()).equals("tset"));
            }
        } finally {
            unsubscribe.run();
        }
    }
}
