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
            assertThat(text(_get(match, Span.class, s -> s.withClasses("diff-removed")))).isEqualTo(" cierra");
            assertThat(text(_get(match, Span.class, s -> s.withClasses("diff-added")))).isEqualTo(" abre");
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
    void inline_codes_of_a_match_show_as_chips_and_take_the_segments_numbers_when_inserted() {
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="es" target-language="en" datatype="plaintext" original="x"><body>
                <trans-unit id="1"><source>Pulse <g id="7">Guardar %1$s</g> ahora.</source>
                  <target>Press <g id="7">Save %1$s</g> now.</target></trans-unit>
                </body></file></xliff>""".formatted(word);
        org.tandem.memory.MemoryService memory = context.getBean(org.tandem.memory.MemoryService.class);
        memory.importTmx(word + ".tmx", ("""
                <tmx version="1.4"><header srclang="es"/><body><tu>
                <tuv xml:lang="es"><seg>Pulse <bpt i="1">&lt;b&gt;</bpt>Guardar %1$s<ept i="1">&lt;/b&gt;</ept> ya.</seg></tuv>
                <tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save %1$s<ept i="1">&lt;/b&gt;</ept> at once.</seg></tuv>
                </tu></body></tmx>""").formatted(word).getBytes(StandardCharsets.UTF_8));
        Document doc = documents.importXliff(word + ".xlf", xliff.getBytes(StandardCharsets.UTF_8), null, false,
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        SegmentRow row = clickRow(0);
        Div match = matches().stream().filter(m -> text(m).contains("at once")).findFirst().orElseThrow();

        assertThat(_find(match, Span.class, s -> s.withClasses("code"))).extracting(Span::getText)
                .contains("1", "/1");
        ButtonKt._click(_get(match, Button.class, s -> s.withText("Use")));

        Segment segment = documents.segment(doc.id(), row.id());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("⟨(\\d+)⟩").matcher(segment.source());
        assertThat(code.find()).isTrue();
        String n = code.group(1);
        assertThat(segment.target()).as("the match's code numbered as the segment's")
                .isEqualTo("Press ⟨" + n + "⟩Save " + word + "⟨/" + n + "⟩ at once.");
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
