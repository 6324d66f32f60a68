package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.security.SignedIn.as;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentChange;
import org.tandem.security.Role;

/** Two people edit one segment: the second save shows both texts, and nothing is overwritten without a choice. */
class WorkbenchConflictTest extends WorkbenchTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Keep theirs,           Their text.
            Save mine over theirs, My text.
            """)
    void the_second_save_shows_both_texts_and_the_choice_decides(String choice, String stored) {
        Document doc = documents.importTextPair("c.es.txt", "Texto.".getBytes(StandardCharsets.UTF_8), "c.en.txt",
                "Text.".getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
        Segment before = documents.segments(doc.id()).get(0);
        openWorkbench(doc.id());
        clickRow(0);

        as("ben", Role.TRANSLATOR, () -> documents.saveTarget(doc.id(), before.id(), "Their text.",
                before.version(), null));
        type("My text.");

        assertThat(_get(Paragraph.class, s -> s.withClasses("conflict-theirs")).getText()).isEqualTo("Their text.");
        assertThat(_get(Paragraph.class, s -> s.withClasses("conflict-mine")).getText()).isEqualTo("My text.");
        assertThat(documents.segment(doc.id(), before.id()).target()).isEqualTo("Their text.");

        ButtonKt._click(_get(Button.class, s -> s.withText(choice)));

        assertThat(documents.segment(doc.id(), before.id()).target()).isEqualTo(stored);
        assertThat(historyService.history(doc.id(), before.id())).extracting(SegmentChange::who)
                .containsExactlyElementsOf(stored.equals("My text.") ? java.util.List.of("ben", "editor")
                        : java.util.List.of("ben"));
    }
}
