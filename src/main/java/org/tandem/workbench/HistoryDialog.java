package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tandem.document.Segment;
import org.tandem.document.SegmentChange;
import org.tandem.review.WordDiff;

/**
 * A segment's history: the current target against the machine translation, word by word, then every saved change
 * (who, when, status, what changed), newest first, each with a button that restores the text it left.
 */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    HistoryDialog(Segment segment, List<SegmentChange> changes, Consumer<SegmentChange> restore,
                  Runnable restoreMachineTranslation) {
        setHeaderTitle("History of segment " + segment.index());
        setWidth("48em");
        addClassName("history-dialog");
        add(new H4("Against the machine translation"));
        if (segment.mtTarget() == null) {
            add(new Paragraph("The file had no target for this segment."));
        } else {
            add(diff(segment.mtTarget(), segment.targetText()));
            if (!segment.mtTarget().equals(segment.targetText())) {
                Button back = new Button("Restore the machine translation", e -> restoreMachineTranslation.run());
                back.addThemeVariants(ButtonVariant.LUMO_SMALL);
                back.addClassName("restore-mt");
                add(back);
            }
        }
        add(new H4(changes.isEmpty() ? "No change saved yet" : changes.size() + " saved change"
                + (changes.size() == 1 ? "" : "s")));
        for (int i = changes.size() - 1; i >= 0; i--) {
            SegmentChange change = changes.get(i);
            Div item = new Div();
            item.addClassName("history-item");
            String status = change.statusBefore() == change.statusAfter() ? change.statusAfter().name().toLowerCase(
                    Locale.ROOT) : change.statusBefore().name().toLowerCase(Locale.ROOT) + " → "
                    + change.statusAfter().name().toLowerCase(Locale.ROOT);
            Span head = new Span("v" + change.version() + " · " + change.who() + " · " + WHEN.format(change.at())
                    + " · " + status);
            head.addClassName("history-head");
            item.add(head, diff(change.beforeText(), change.afterText()));
            boolean current = change.afterText().equals(segment.targetText());
            Button back = new Button(current ? "This is the current text" : "Restore this version",
                    e -> restore.accept(change));
            back.setEnabled(!current);
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            back.addClassName("restore-version");
            item.add(back);
            add(item);
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    /** The words removed (struck through) and added (underlined) from one text to the other. */
    static Div diff(String older, String newer) {
        Div div = new Div();
        div.addClassName("word-diff");
        for (WordDiff.Part part : WordDiff.between(older, newer)) {
            Span span = new Span(part.text());
            span.addClassName("diff-" + part.kind().name().toLowerCase(Locale.ROOT));
            div.add(span);
        }
        return div;
    }
}
