package org.tandem.glossary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.KaribuTest;
import org.tandem.glossary.GlossaryService;
import org.tandem.glossary.Termbase;

/** The glossary view: termbases listed, concepts searched and filtered, a concept added, files imported. */
class GlossaryViewTest extends KaribuTest {

    @Autowired
    GlossaryService glossaries;

    @SuppressWarnings("unchecked")
    private Grid<GlossaryService.ConceptEntry> concepts() {
        return _get(Grid.class, s -> s.withClasses("concept-grid"));
    }

    @Test
    void lists_the_shipped_termbase_and_searches_its_concepts() {
        UI.getCurrent().navigate(GlossaryView.class);

        assertThat(GridKt._size(concepts())).isGreaterThan(20);
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("concept-search")), "Kyiv");
        assertThat(GridKt._size(concepts())).isEqualTo(1);
        assertThat(GridKt._get(concepts(), 0).concept().terms()).extracting(t -> t.text()).contains("kyiv");

        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("concept-search")), "");
        HasValueUtilsKt._setValue(_get(ComboBox.class, s -> s.withClasses("concept-status-filter")),
                "with a forbidden term");
        int forbidden = GridKt._size(concepts());
        assertThat(forbidden).isPositive().isLessThan(10);
    }

    @Test
    void adds_a_concept_with_its_terms() {
        UI.getCurrent().navigate(GlossaryView.class);
        int before = GridKt._size(concepts());

        ButtonKt._click(_get(Button.class, s -> s.withText("Add concept")));
        var termFields = _find(TextField.class, s -> s.withPlaceholder("term"));
        HasValueUtilsKt._setValue(termFields.get(0), "Mar Negro");
        HasValueUtilsKt._setValue(termFields.get(1), "Black Sea");
        ButtonKt._click(_get(Button.class, s -> s.withText("Save")));

        assertThat(GridKt._size(concepts())).isEqualTo(before + 1);
        Termbase news = glossaries.termbases().stream().filter(t -> t.origin() != null).findFirst().orElseThrow();
        assertThat(glossaries.concepts(news.id(), "Black Sea")).hasSize(1);
    }

    @Test
    void imports_a_file_and_refuses_a_broken_one_naming_it() {
        UI.getCurrent().navigate(GlossaryView.class);
        GlossaryView view = _get(GlossaryView.class);
        int before = glossaries.termbases().size();

        view.importFile("broken.tbx", "<martif><text><body><termEntry>".getBytes(StandardCharsets.UTF_8));
        assertThat(glossaries.termbases()).hasSize(before);
        NotificationsKt.expectNotifications("broken.tbx: line 1, column 31: not well-formed XML: Unexpected EOF; was expecting a close tag for element <termEntry>");

        view.importFile("cities.csv", "en,de\nMunich,München\nCologne,Köln\n".getBytes(StandardCharsets.UTF_8));
        assertThat(glossaries.termbases()).hasSize(before + 1);
        assertThat(GridKt._size(concepts())).isEqualTo(2);
    }
}
