package org.tandem.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tandem.base.ui.DialogActions;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;

/** Adds or edits one concept: its subject, definition and note, and its terms with status, part of speech, case. */
class ConceptDialog extends Dialog {

    private final TextField subject = new TextField("Subject field");
    private final TextField definition = new TextField("Definition");
    private final TextField note = new TextField("Note");
    private final VerticalLayout rows = new VerticalLayout();
    private final List<TermRow> terms = new ArrayList<>();
    private final Span problem = new Span();
    private final List<String> languages;
    private final String externalId;

    ConceptDialog(TermbaseData.Concept concept, List<String> languages, Consumer<TermbaseData.Concept> save) {
        this.languages = languages;
        this.externalId = concept == null ? "" : concept.id();
        setHeaderTitle(concept == null ? "New concept" : "Edit concept");
        setWidth("64em");
        addClassName("concept-dialog");
        subject.setWidth("14em");
        definition.setWidth("30em");
        note.setWidth("14em");
        rows.setPadding(false);
        rows.setSpacing(false);
        if (concept != null) {
            subject.setValue(concept.subjectField());
            definition.setValue(concept.definition());
            note.setValue(concept.note());
            concept.terms().forEach(this::addRow);
        } else {
            languages.forEach(lang -> addRow(new TermbaseData.Term(lang, "", TermStatus.PREFERRED, "", false, "")));
        }
        if (terms.isEmpty()) {
            addRow(new TermbaseData.Term(languages.isEmpty() ? "en" : languages.get(0), "", TermStatus.PREFERRED, "",
                    false, ""));
        }
        Button addTerm = new Button("Add term", e -> addRow(new TermbaseData.Term(
                languages.isEmpty() ? "en" : languages.get(0), "", TermStatus.ADMITTED, "", false, "")));
        addTerm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new HorizontalLayout(subject, definition, note), rows, addTerm, problem);
        DialogActions.add(this, problem, "Save", () -> save.accept(new TermbaseData.Concept(externalId,
                subject.getValue().strip(), definition.getValue().strip(), note.getValue().strip(),
                terms.stream().map(TermRow::term).filter(t -> !t.text().isBlank()).toList())));
    }

    private void addRow(TermbaseData.Term term) {
        TermRow row = new TermRow(term, languages);
        row.remove.addClickListener(e -> {
            terms.remove(row);
            rows.remove(row.layout);
        });
        terms.add(row);
        rows.add(row.layout);
    }

    /** One term's fields. */
    private static final class TermRow {
        private final ComboBox<String> lang = new ComboBox<>();
        private final TextField text = new TextField();
        private final ComboBox<String> status = new ComboBox<>();
        private final TextField partOfSpeech = new TextField();
        private final Checkbox caseSensitive = new Checkbox("case-sensitive");
        private final TextField note = new TextField();
        private final Button remove = new Button("Remove");
        private final HorizontalLayout layout;

        TermRow(TermbaseData.Term term, List<String> languages) {
            List<String> choices = new ArrayList<>(languages);
            if (!choices.contains(term.lang())) {
                choices.add(term.lang());
            }
            lang.setItems(choices);
            lang.setAllowCustomValue(true);
            lang.addCustomValueSetListener(e -> {
                choices.add(e.getDetail());
                lang.setItems(choices);
                lang.setValue(e.getDetail());
            });
            lang.setValue(term.lang());
            lang.setAriaLabel("Language");
            lang.setWidth("7em");
            text.setValue(term.text());
            text.setAriaLabel("Term");
            text.setPlaceholder("term");
            text.setWidth("16em");
            status.setItems(GlossaryView.statusNames());
            status.setValue(term.status().name().toLowerCase(Locale.ROOT));
            status.setAriaLabel("Status");
            status.setWidth("9em");
            partOfSpeech.setValue(term.partOfSpeech());
            partOfSpeech.setPlaceholder("part of speech");
            partOfSpeech.setAriaLabel("Part of speech");
            partOfSpeech.setWidth("8em");
            caseSensitive.setValue(term.caseSensitive());
            note.setValue(term.note());
            note.setPlaceholder("note");
            note.setAriaLabel("Term note");
            note.setWidth("10em");
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            layout = new HorizontalLayout(lang, text, status, partOfSpeech, caseSensitive, note, remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.addClassName("term-row");
        }

        TermbaseData.Term term() {
            return new TermbaseData.Term(lang.getValue() == null ? "" : lang.getValue(), text.getValue().strip(),
                    TermStatus.valueOf((status.getValue() == null ? "preferred" : status.getValue())
                            .toUpperCase(Locale.ROOT)), partOfSpeech.getValue().strip(), caseSensitive.getValue(),
                    note.getValue().strip());
        }
    }
}
