package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.review.HistoryService;

/**
 * The translation memory in the workbench: matches beside the open segment with their percentage, differences and
 * inconsistencies; inserting one by click and by Ctrl+Shift+n; the concordance (Ctrl+K).
 */
class WorkbenchMemoryTest extends WorkbenchTest {

    /** A word of this test's own: the memory is shared by every test of the context. */
    private final String word = "Vx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private Document pair(String es, String en) {
        return documents.importTextPair(word + ".es.txt", es.getBytes(StandardCharsets.UTF_8), word + ".en.txt",
                en.getBytes(StandardCharsets.UTF_8), "es", "en", DocumentService.ImportProgress.NONE);
    }

    private void approveAll(Document doc) {
        for (Segment s : documents.segments(doc.id())) {
            statusService.setStatus(doc.id(), s.id(), SegmentStatus.APPROVED, null, s.version());
        }
    }

    private List<Div> matches() {
        return _find(_get(MemoryPanel.class), Div.class, s -> s.withClasses("memory-match"));
    }

    @Test
    void shows_earlier_translations_with_percentage_and_differences_and_inserts_one_with_a_click() {
        approveAll(pair("La biblioteca municipal de " + word + " cierra hoy.", "The " + word
                + " public library closes today."));
        Document doc = pair("La biblioteca municipal de " + word + " abre hoy.", "The " + word + " library open today.");
        openWorkbench(doc.id());
        SegmentRow row = clickRow(0);

        assertThat(matches()).singleElement().satisfies(match -> {
            assertThat(_get(match, Span.class, s -> s.withClasses("memory-score")).getText()).isEqualTo("87 %");
            assertThat(_get(match, Span.class, s -> s.withClasses("diff-removed")).getText()).isEqualTo(" cierra");
            assertThat(_get(match, Span.class, s -> s.withClasses("diff-added")).getText()).isEqualTo(" abre");
            assertThat(text(_get(match, Div.class, s -> s.withClasses("memory-target"))))
                    .isEqualTo("The " + word + " public library closes today.");
            assertThat(_get(match, Span.class, s -> s.withClasses("memory-origin")).getText())
                    .startsWith(word + ".es.txt · editor · ");
        });

        ButtonKt._click(_get(_get(MemoryPanel.class), Button.class, s -> s.withText("Use")));

        assertThat(documents.segment(doc.id(), row.id()).target()).isEqualTo("The " + word
                + " public library closes today.");
        assertThat(historyService.history(doc.id(), row.id())).extracting(c -> c.afterText())
                .contains("The " + word + " public library closes today.");
    }

    @Test
    void ctrl_shift_1_inserts_the_best_match_after_saving_what_was_typed() {
        approveAll(pair("Cierre la puerta de " + word + ".", "Close the door of " + word + "."));
        Document doc = pair("Cierre la puerta de " + word + ".", "Shut door " + word + ".");
        openWorkbench(doc.id());
        SegmentRow row = clickRow(0);
        assertThat(_get(matches().get(0), Span.class, s -> s.withClasses("memory-score")).getText())
                .isEqualTo("100 %");
        editor().setValue("Typed by hand " + word + ".");

        press(Key.DIGIT_1, KeyModifier.CONTROL, KeyModifier.SHIFT);

        assertThat(documents.segment(doc.id(), row.id()).target()).isEqualTo("Close the door of " + word + ".");
        assertThat(historyService.history(doc.id(), row.id())).extracting(c -> c.afterText())
                .as("what was typed is kept in the history").contains("Typed by hand " + word + ".");
    }

    @Test
    void the_segments_own_approved_translation_is_not_offered_and_an_inconsistency_is_shown() {
        approveAll(pair("Pulse el botón " + word + ".", "Press the " + word + " button."));
        approveAll(pair("Pulse el botón " + word + ".", "Click the " + word + " button."));
        Document doc = pair("Pulse el botón " + word + ".", "Push the " + word + " button.");
        approveAll(doc);
        openWorkbench(doc.id());
        clickRow(0);

        assertThat(matches()).hasSize(2).allSatisfy(match -> assertThat(_find(match, Div.class,
                s -> s.withClasses("memory-inconsistent"))).hasSize(1));
        assertThat(matches()).extracting(m -> text(_get(m, Div.class, s -> s.withClasses("memory-target"))))
                .as("not its own approved target").doesNotContain("Push the " + word + " button.");
        assertThat(text(_get(matches().get(0), Div.class, s -> s.withClasses("memory-inconsistent"))))
                .contains("also approved as", "Push the " + word + " button.");
    }

    @Test
    void ctrl_k_looks_up_a_phrase_in_the_memory_and_marks_it() {
        approveAll(pair("La flota de " + word + " zarpa.\n\nOtra frase sin nada.",
                "The " + word + " fleet sets sail.\n\nAnother sentence."));
        Document doc = pair("Hola.", "Hello.");
        openWorkbench(doc.id());
        clickRow(0);

        press(Key.KEY_K, KeyModifier.CONTROL);
        ConcordanceDialog dialog = _get(ConcordanceDialog.class);
        HasValueUtilsKt._setValue(_get(dialog, RadioButtonGroup.class), "Target");
        HasValueUtilsKt._setValue(_get(dialog, TextField.class, s -> s.withClasses("concordance-phrase")),
                word + " FLEET");
        ButtonKt._click(_get(dialog, Button.class, s -> s.withClasses("concordance-search")));

        assertThat(_get(dialog, Span.class, s -> s.withClasses("concordance-count")).getText())
                .isEqualTo("1 unit holds “" + word + " FLEET”.");
        assertThat(_find(dialog, Span.class, s -> s.withClasses("search-hit"))).extracting(Span::getText)
                .containsExactly(word + " fleet");
        assertThat(text(_get(dialog, Div.class, s -> s.withClasses("concordance-source"))))
                .isEqualTo("La flota de " + word + " zarpa.");

        HasValueUtilsKt._setValue(_get(dialog, RadioButtonGroup.class), "Source");
        assertThat(_get(dialog, Span.class, s -> s.withClasses("concordance-count")).getText())
                .startsWith("No unit in the memory holds");
    }
}
