package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;

/** A segment's history in the workbench: diffs against the machine translation and earlier versions, restore. */
class WorkbenchHistoryTest extends WorkbenchTest {

    @Test
    void shows_what_changed_and_restores_an_earlier_version() {
        Document doc = documents.importTextPair("war.es.txt", "La guerra en Kiev.".getBytes(StandardCharsets.UTF_8),
                "war.en.txt", "The war in kyiv.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        Segment segment = documents.segments(doc.id()).get(0);
        clickRow(0);
        type("The war in Kyiv.");
        type("The war in Kyiv city.");

        ButtonKt._click(_get(Button.class, s -> s.withClasses("segment-history")));
        HistoryDialog dialog = _get(HistoryDialog.class);
        List<String> removed = _find(dialog, Span.class, s -> s.withClasses("diff-removed")).stream()
                .map(Span::getText).toList();
        List<String> added = _find(dialog, Span.class, s -> s.withClasses("diff-added")).stream()
                .map(Span::getText).toList();
        assertThat(removed).contains("kyiv");
        assertThat(added).contains("Kyiv", " city");
        assertThat(_find(dialog, Span.class, s -> s.withClasses("history-head"))).hasSize(2)
                .allSatisfy(head -> assertThat(head.getText()).contains("editor"));

        List<Button> restore = _find(dialog, Button.class, s -> s.withText("Restore this version"));
        assertThat(restore).hasSize(1);
        ButtonKt._click(restore.get(0));

        assertThat(documents.segment(doc.id(), segment.id()).target()).isEqualTo("The war in Kyiv.");
        assertThat(historyService.history(doc.id(), segment.id())).hasSize(3);
    }

    @Test
    void the_machine_translation_comes_back_after_a_single_change_from_history_or_in_one_click() {
        Document doc = documents.importTextPair("mt.es.txt", "La guerra.".getBytes(StandardCharsets.UTF_8),
                "mt.en.txt", "The war.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        Segment segment = documents.segments(doc.id()).get(0);
        openWorkbench(doc.id());
        clickRow(0);
        type("The conflict.");

        ButtonKt._click(_get(Button.class, s -> s.withClasses("segment-history")));
        ButtonKt._click(_get(Button.class, s -> s.withClasses("restore-mt")));
        assertThat(documents.segment(doc.id(), segment.id()).target()).isEqualTo("The war.");
        assertThat(editor().getValue()).isEqualTo("The war.");

        type("The fight.");
        ButtonKt._click(_get(Button.class, s -> s.withClasses("revert-to-mt")));
        assertThat(documents.segment(doc.id(), segment.id()).target()).isEqualTo("The war.");
        assertThat(historyService.history(doc.id(), segment.id())).hasSize(4);
    }
}
