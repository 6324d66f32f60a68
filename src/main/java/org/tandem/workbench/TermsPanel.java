package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tandem.base.ui.DialogActions;
import org.tandem.glossary.GlossaryService;

/**
 * Beside the grid, above the issues: the glossary terms found in the current segment's source with the
 * translations they require (a click inserts one at the caret), and "Add to glossary" for a selected pair.
 */
class TermsPanel extends VerticalLayout {

    private final Consumer<String> insert;
    private final BiConsumer<String, String> addToGlossary;
    private final Button add = new Button("Add to glossary…");

    TermsPanel(Consumer<String> insert, BiConsumer<String, String> addToGlossary) {
        this.insert = insert;
        this.addToGlossary = addToGlossary;
        addClassName("terms-panel");
        setPadding(true);
        setSpacing(false);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClassName("add-to-glossary");
        add.addClickListener(e -> openAddDialog());
        show(List.of(), false);
    }

    /** Adding to a glossary is an editor's change; translators see the terms only. */
    void allowAdding(boolean allowed) {
        add.setVisible(allowed);
    }

    void show(List<GlossaryService.FoundTerm> terms, boolean segmentOpen) {
        removeAll();
        add(new H4("Glossary"));
        if (!segmentOpen) {
            add(new Paragraph("Click a segment to see its terms."));
            return;
        }
        if (terms.isEmpty()) {
            Paragraph none = new Paragraph("No glossary term in this source.");
            none.addClassName("no-terms");
            add(none);
        }
        for (GlossaryService.FoundTerm term : terms) {
            Div item = new Div();
            item.addClassName("term-item");
            Span source = new Span(term.source());
            source.addClassName("term-source");
            item.add(source, new Span(" → "));
            for (String required : term.required()) {
                Button use = new Button(required, e -> insert.accept(required));
                use.addThemeVariants(ButtonVariant.LUMO_SMALL);
                use.addClassName("term-insert");
                use.getElement().setAttribute("title", "Insert “" + required + "” at the caret");
                item.add(use);
            }
            if (!term.avoid().isEmpty()) {
                Span avoid = new Span("not " + String.join(", ", term.avoid()));
                avoid.addClassName("term-avoid");
                item.add(avoid);
            }
            add(item);
        }
        add(add);
    }

    /** The dialog, prefilled with what was last selected in a source cell and in the target (when a browser says). */
    void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add to glossary");
        dialog.addClassName("add-term-dialog");
        TextField source = new TextField("Source term");
        TextField target = new TextField("Required translation");
        source.setWidthFull();
        target.setWidthFull();
        Span problem = new Span();
        dialog.add(new VerticalLayout(source, target, problem));
        DialogActions.add(dialog, problem, "Add", () -> addToGlossary.accept(source.getValue(), target.getValue()));
        dialog.open();
        LastSelection.prefill(this, source, "source");
        LastSelection.prefill(this, target, "target");
    }
}
