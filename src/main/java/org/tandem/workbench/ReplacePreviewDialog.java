package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tandem.document.ReplaceService;

/**
 * Every change a replace-all would make, segment by segment (the words removed and added), each with a box to leave
 * it out; nothing is saved until "Replace". Afterwards, what was replaced and skipped, with one "Undo" for all.
 */
final class ReplacePreviewDialog extends Dialog {

    ReplacePreviewDialog(List<ReplaceService.Change> changes, Consumer<List<ReplaceService.Change>> apply) {
        setHeaderTitle("Replace in " + changes.size() + (changes.size() == 1 ? " segment" : " segments"));
        addClassName("replace-preview");
        setWidth("min(60rem, 95vw)");
        Map<ReplaceService.Change, Checkbox> chosen = new LinkedHashMap<>();
        Button replace = new Button();
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replace.addClassName("replace-confirm");
        Runnable label = () -> {
            long n = chosen.values().stream().filter(Checkbox::getValue).count();
            replace.setText("Replace in " + n + (n == 1 ? " segment" : " segments"));
            replace.setEnabled(n > 0);
        };
        for (ReplaceService.Change change : changes) {
            Checkbox take = new Checkbox("Segment " + change.index(), true);
            take.addClassName("replace-take");
            take.addValueChangeListener(e -> label.run());
            chosen.put(change, take);
            Div row = new Div(take, HistoryDialog.diff(change.before(), change.after()));
            row.addClassName("replace-change");
            add(row);
        }
        label.run();
        replace.addClickListener(e -> {
            List<ReplaceService.Change> taken = new ArrayList<>();
            chosen.forEach((change, box) -> {
                if (box.getValue()) {
                    taken.add(change);
                }
            });
            close();
            apply.accept(taken);
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.addClassName("replace-cancel");
        getFooter().add(cancel, replace);
    }

    /** What a replace-all did: the count, the skipped segments with the reason, and "Undo" for all of it. */
    static void done(ReplaceService.Result result, Supplier<ReplaceService.Result> undo) {
        Dialog dialog = new Dialog();
        dialog.addClassName("replace-done");
        dialog.setHeaderTitle("Replaced in " + result.changes().size()
                + (result.changes().size() == 1 ? " segment" : " segments"));
        if (!result.skipped().isEmpty()) {
            dialog.add(new Paragraph("Left alone:"));
            for (ReplaceService.Skipped skipped : result.skipped()) {
                Div line = new Div(new Span("Segment " + skipped.index() + ": " + skipped.reason()));
                line.addClassName("replace-skipped");
                dialog.add(line);
            }
        }
        Button undoAll = new Button("Undo", e -> {
            ReplaceService.Result undone = undo.get();
            dialog.close();
            if (!undone.skipped().isEmpty()) {
                Workbench.error("Not undone where changed since: segments " + undone.skipped().stream()
                        .map(s -> String.valueOf(s.index())).reduce((a, b) -> a + ", " + b).orElse("") + ".");
            }
        });
        undoAll.addClassName("replace-undo");
        undoAll.setEnabled(!result.changes().isEmpty());
        undoAll.getElement().setAttribute("title", "Put back every text this replacement changed");
        Button close = new Button("Close", e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("replace-close");
        dialog.getFooter().add(undoAll, close);
        dialog.open();
    }
}
