package org.tandem.workbench;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tandem.base.ui.DialogActions;
import org.tandem.glossary.Termbase;

/** The termbases a document is checked against, chosen from all. */
final class TermbasesDialog extends Dialog {

    TermbasesDialog(List<Termbase> all, List<Termbase> chosen, Consumer<Set<Termbase>> save) {
        setHeaderTitle("Termbases for this document");
        MultiSelectComboBox<Termbase> choice = new MultiSelectComboBox<>("Checked against");
        choice.setItems(all);
        choice.setItemLabelGenerator(t -> t.name() + " (" + String.join(", ", t.languages()) + ")");
        List<Long> ids = chosen.stream().map(Termbase::id).toList();
        choice.setValue(all.stream().filter(t -> ids.contains(t.id())).toList());
        choice.setWidth("30em");
        choice.addClassName("termbase-choice");
        Span problem = new Span();
        add(new Paragraph("By default a document is checked against every termbase for its two languages."), choice,
                problem);
        DialogActions.add(this, problem, "Save", () -> save.accept(choice.getValue()));
    }
}
