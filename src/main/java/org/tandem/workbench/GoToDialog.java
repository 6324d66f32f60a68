package org.tandem.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.IntConsumer;
import org.tandem.base.ui.DialogActions;

/** Ctrl+G: go to a segment by its number. */
final class GoToDialog extends Dialog {

    GoToDialog(int segments, IntConsumer open) {
        setHeaderTitle("Go to segment");
        addClassName("go-to-dialog");
        IntegerField number = new IntegerField("Segment (1–" + segments + ")");
        number.setMin(1);
        number.setMax(segments);
        number.addClassName("go-to-number");
        Span problem = new Span();
        add(number, problem);
        DialogActions.add(this, problem, "Go", () -> {
            Integer n = number.getValue();
            if (n == null || n < 1 || n > segments) {
                throw new IllegalArgumentException("Give a number from 1 to " + segments + ".");
            }
            open.accept(n);
        }).addClickShortcut(Key.ENTER);
        number.focus();
    }
}
