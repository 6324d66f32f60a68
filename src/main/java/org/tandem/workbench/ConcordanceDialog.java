package org.tandem.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.document.Document;
import org.tandem.document.TextSearch;
import org.tandem.memory.MemoryService;
import org.tandem.memory.MemoryUnit;

/**
 * Concordance (Ctrl+K): how a word or phrase was translated before — the memory's units of the document's language
 * pair that hold it in the source, the target or either, newest first, with the phrase marked.
 */
final class ConcordanceDialog extends Dialog {

    static final int LIMIT = 50;

    private final Workbench workbench;
    private final TextField phrase = new TextField();
    private final RadioButtonGroup<String> side = new RadioButtonGroup<>();
    private final Div results = new Div();

    ConcordanceDialog(Workbench workbench) {
        this.workbench = workbench;
        Document doc = workbench.document();
        setHeaderTitle("Concordance · " + doc.sourceLang() + " → " + doc.targetLang());
        addClassName("concordance-dialog");
        setWidth("48em");
        phrase.setPlaceholder("Word or phrase");
        phrase.setWidth("22em");
        phrase.addClassName("concordance-phrase");
        phrase.addKeyPressListener(Key.ENTER, e -> search());
        side.setItems("Source", "Target", "Both");
        side.setValue("Both");
        side.addValueChangeListener(e -> search());
        Button find = new Button("Search", e -> search());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClassName("concordance-search");
        HorizontalLayout bar = new HorizontalLayout(phrase, side, find);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        results.addClassName("concordance-results");
        add(bar, results);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** Opens with the text last selected in a source cell, or the target, looked up at once. */
    @Override
    public void open() {
        super.open();
        LastSelection.prefill(this, phrase, "source");
        phrase.focus();
        if (!phrase.isEmpty()) {
            search();
        }
    }

    private void search() {
        results.removeAll();
        String text = phrase.getValue().strip();
        if (text.isEmpty()) {
            return;
        }
        Document doc = workbench.document();
        MemoryService.Side where = switch (side.getValue()) {
            case "Source" -> MemoryService.Side.SOURCE;
            case "Target" -> MemoryService.Side.TARGET;
            default -> MemoryService.Side.BOTH;
        };
        MemoryService.Concordance found = workbench.services().memory().concordance(doc.sourceLang(),
                doc.targetLang(), text, where, LIMIT);
        Span count = new Span(found.total() == 0 ? "No unit in the memory holds “" + text + "”."
                : found.total() + (found.total() == 1 ? " unit holds" : " units hold") + " “" + text + "”"
                + (found.total() > found.units().size() ? " (the newest " + found.units().size() + " shown)" : "")
                + ".");
        count.addClassName("concordance-count");
        results.add(count);
        Pattern marked = pattern(text);
        for (MemoryUnit unit : found.units()) {
            Div item = new Div(marked(unit.source(), marked, "concordance-source"),
                    marked(unit.target(), marked, "concordance-target"),
                    new Span(unit.origin() + " · " + unit.createdBy()));
            item.addClassName("concordance-item");
            results.add(item);
        }
    }

    /** The phrase's words with any spacing between them, ignoring case. */
    private static Pattern pattern(String text) {
        List<String> words = List.of(text.split("\\s+"));
        return Pattern.compile(String.join("\\s*", words.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text as the grid draws it (inline codes as chips), the phrase's occurrences marked as search hits. */
    private static Div marked(String text, Pattern phrase, String className) {
        List<TextSearch.Hit> hits = new ArrayList<>();
        Matcher m = phrase.matcher(text);
        while (m.find()) {
            hits.add(new TextSearch.Hit(m.start(), m.end()));
        }
        Div div = new Div(SegmentText.render(text, List.of(), "concordance-text", List.of(), hits));
        div.addClassName(className);
        return div;
    }
}
