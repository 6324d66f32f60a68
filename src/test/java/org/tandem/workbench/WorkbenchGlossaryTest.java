package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.glossary.GlossaryService;
import org.tandem.glossary.Termbase;
import org.tandem.qa.Issue;

/** The glossary in the workbench: terms beside the segment, inserting one, adding a pair and seeing it enforced. */
class WorkbenchGlossaryTest extends WorkbenchTest {

    @Test
    void shows_the_terms_of_the_source_and_inserts_one_with_a_click() {
        SegmentRow row = openRowWhoseSourceHas("Fuerza de Siberia 2");
        TermsPanel panel = _get(TermsPanel.class);

        assertThat(_find(panel, com.vaadin.flow.component.html.Span.class, s -> s.withClasses("term-avoid")))
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .anySatisfy(text -> assertThat(text).contains("Siberian Force 2"));
        SegmentEditor editor = editor();
        int end = editor.getValue().length();
        editor.getElement().setProperty("caret", end); // where the browser says the caret was
        ButtonKt._click(_get(panel, Button.class, s -> s.withText("Power of Siberia 2")));

        assertThat(documents.segment(demo().id(), row.id()).target()).endsWith(" Power of Siberia 2");
    }

    @Autowired
    GlossaryService glossaries;

    private List<Long> termbasesBefore;

    @BeforeEach
    void rememberTermbases() {
        termbasesBefore = glossaries.termbases().stream().map(Termbase::id).toList();
    }

    /** A term added to a glossary applies to every document of the languages: the termbase made for it goes. */
    @AfterEach
    void removeTermbasesMadeHere() {
        glossaries.termbases().stream().map(Termbase::id).filter(id -> !termbasesBefore.contains(id))
                .forEach(glossaries::delete);
    }

    @Test
    void a_term_added_from_the_workbench_flags_the_segment() {
        SegmentRow row = openRowWhoseSourceHas("portavoz");
        assertThat(glossaryIssues(row)).isEmpty();

        ButtonKt._click(_get(Button.class, s -> s.withClasses("add-to-glossary")));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Source term")), "portavoz");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Required translation")), "spokesperson");
        ButtonKt._click(_get(Button.class, s -> s.withText("Add")));

        List<Issue> flagged = glossaryIssues(row);
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).suggestions()).containsExactly("spokesperson");
        assertThat(_find(_get(IssuePanel.class), Button.class, s -> s.withText("“spokesman” → “spokesperson”")))
                .isNotEmpty();
        assertThat(_find(_get(TermsPanel.class), Button.class, s -> s.withText("spokesperson"))).isNotEmpty();
    }

    @Test
    void refuses_an_empty_pair_in_the_dialog() {
        openRowWhoseSourceHas("portavoz");

        ButtonKt._click(_get(Button.class, s -> s.withClasses("add-to-glossary")));
        ButtonKt._click(_get(Button.class, s -> s.withText("Add")));

        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("dialog-problem")).getText())
                .contains("both the source term and its translation are needed");
    }

    private List<Issue> glossaryIssues(SegmentRow row) {
        return issueService.issues(demo().id()).get(row.id()).stream().filter(i -> i.checkId().equals("glossary"))
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_document_checked_against_no_termbase_loses_its_glossary_issues() {
        SegmentRow row = openRowWhoseSourceHas("Fuerza de Siberia 2");
        assertThat(glossaryIssues(row)).isNotEmpty();

        ButtonKt._click(_get(Button.class, s -> s.withClasses("choose-termbases")));
        var choice = _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                s -> s.withClasses("termbase-choice"));
        assertThat(choice.getValue()).isNotEmpty();
        choice.setValue(java.util.Set.of());
        ButtonKt._click(_get(Button.class, s -> s.withText("Save")));

        assertThat(glossaryIssues(row)).isEmpty();
        assertThat(text(_get(TermsPanel.class))).contains("No glossary term in this source.");
    }

    @Test
    void a_term_clicked_before_the_caret_was_placed_asks_for_it_and_changes_nothing() {
        SegmentRow row = openRowWhoseSourceHas("Fuerza de Siberia 2");
        String before = documents.segment(demo().id(), row.id()).target();

        ButtonKt._click(_get(_get(TermsPanel.class), Button.class, s -> s.withText("Power of Siberia 2")));

        assertThat(documents.segment(demo().id(), row.id()).target()).isEqualTo(before);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("save-state")).getText())
                .startsWith("Put the caret where “Power of Siberia 2” goes");
    }
}
