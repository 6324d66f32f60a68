package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;

/** Ctrl+F / Ctrl+H in the workbench: hits over the whole document, next hit, replace all with a preview, undo. */
class WorkbenchSearchTest extends WorkbenchTest {

    private Document doc() {
        Document doc = documents.importTextPair("search.es.txt", "Kiev es grande.\n\nLa ciudad.\n\nKiev y Kiev."
                        .getBytes(StandardCharsets.UTF_8), "search.en.txt",
                "Kiev is big.\n\nThe city.\n\nKiev and kiev.".getBytes(StandardCharsets.UTF_8), "es", "en",
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        return doc;
    }

    private void find(String text) {
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("search-find")), text);
    }

    private String count() {
        return _get(Span.class, s -> s.withClasses("search-count")).getText();
    }

    private void clickButton(String className) {
        ButtonKt._click(_get(Button.class, s -> s.withClasses(className)));
    }

    @Test
    void ctrl_f_finds_in_every_segment_highlights_the_hits_and_enter_goes_to_the_next() {
        doc();

        press(Key.KEY_F, KeyModifier.CONTROL);
        find("kiev");

        assertThat(count()).isEqualTo("6 hits in 2 segments");
        assertThat(_find(_getCellComponent(grid(), 2, "source"), Span.class, s -> s.withClasses("search-hit")))
                .hasSize(2);
        clickButton("search-next");
        assertThat(grid().current()).hasValueSatisfying(row -> assertThat(row.segment().index()).isEqualTo(1));
        assertThat(count()).isEqualTo("1 of 6 hits");

        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withClasses("search-case")), true);
        assertThat(count()).isEqualTo("1 hit in 1 segment");

        find("(Kiev");
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withClasses("search-regex")), true);
        assertThat(count()).contains("is not valid");
    }

    @Test
    void replace_all_previews_every_change_leaves_out_what_is_unticked_and_undoes_in_one_step() {
        Document doc = doc();
        press(Key.KEY_H, KeyModifier.CONTROL);
        find("kiev");
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withClasses("search-whole-word")), true);
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("search-replace")), "Kyiv");

        clickButton("search-replace-all");

        List<Checkbox> takes = _find(_get(ReplacePreviewDialog.class), Checkbox.class,
                s -> s.withClasses("replace-take"));
        assertThat(takes).extracting(Checkbox::getLabel).containsExactly("Segment 1", "Segment 3");
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kiev and kiev.");
        HasValueUtilsKt._setValue(takes.get(0), false);
        clickButton("replace-confirm");

        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kyiv and Kyiv.");
        // the sources' three and the target left out
        assertThat(count()).isEqualTo("4 hits in 2 segments");

        clickButton("replace-undo");

        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kiev and kiev.");
    }

    @Test
    void replace_changes_the_next_hit_in_a_target_saves_it_and_moves_on() {
        Document doc = doc();
        press(Key.KEY_H, KeyModifier.CONTROL);
        find("kiev");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("search-replace")), "Kyiv");

        clickButton("search-replace-one");

        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kyiv is big.", "The city.", "Kiev and kiev.");
        assertThat(grid().current()).hasValueSatisfying(row -> assertThat(row.segment().index()).isEqualTo(3));

        clickButton("search-replace-one");
        clickButton("search-replace-one");

        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kyiv is big.", "The city.", "Kyiv and Kyiv.");
    }

    @Test
    void an_open_search_follows_another_users_save() {
        Document doc = doc();
        press(Key.KEY_F, KeyModifier.CONTROL);
        find("kiev");
        assertThat(count()).isEqualTo("6 hits in 2 segments");
        Segment third = documents.segments(doc.id()).get(2);

        org.tandem.security.SignedIn.as("ben", org.tandem.security.Role.TRANSLATOR, () -> documents.saveTarget(
                doc.id(), third.id(), "Kyiv and Kyiv.", third.version(), null));

        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> {
                    com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
                    assertThat(count()).isEqualTo("4 hits in 2 segments");
                });
    }
}
