package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.language.LocalLanguageToolServer;

/**
 * An open workbench while the LanguageTool server is down shows the segment's LanguageTool check as pending, and
 * shows LanguageTool's findings without a reload once the server answers.
 */
class WorkbenchLanguageToolPendingTest extends WorkbenchTest {

    private static final int PORT = LocalLanguageToolServer.freePort();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("tandem.languagetool.servers", () -> "http://localhost:" + PORT);
        registry.add("tandem.languagetool.retry-after", () -> "200ms");
    }

    @Test
    void the_pending_check_is_shown_and_replaced_by_the_findings_when_the_server_answers() {
        Document doc = documents.importTextPair("tier.es.txt", "Es una prueba.".getBytes(StandardCharsets.UTF_8),
                "tier.en.txt", "It is a tset.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        clickRow(0);
        assertThat(_get(IssuePanel.class).getElement().getTextRecursively()).contains("LanguageTool check pending");
        assertThat(_get(WorkbenchHeader.class).getElement().getTextRecursively())
                .contains("LanguageTool pending in 1 segment");

        try (LocalLanguageToolServer server = LocalLanguageToolServer.start(PORT)) {
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                MockVaadin.runUIQueue();
                String panel = _get(IssuePanel.class).getElement().getTextRecursively();
                assertThat(panel).doesNotContain("pending").contains("tset");
                assertThat(_get(WorkbenchHeader.class).getElement().getTextRecursively()).doesNotContain("LanguageTool pending");
            });
        }
    }
}
