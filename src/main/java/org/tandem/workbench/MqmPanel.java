package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tandem.base.ui.DialogActions;
import org.tandem.document.Segment;
import org.tandem.review.MqmDimension;
import org.tandem.review.MqmError;
import org.tandem.review.MqmService;
import org.tandem.review.MqmSeverity;

/**
 * Beside the segment: the MQM errors marked on it, and (for editors) "Mark MQM error…" for a span of the target
 * with dimension, type, severity and comment.
 */
class MqmPanel extends VerticalLayout {

    interface Actions {
        void mark(MqmService.Marking marking);

        void delete(MqmError error);
    }

    private final Actions actions;
    private final Button markButton = new Button("Mark MQM error…");
    private boolean editor;
    private Segment segment;

    MqmPanel(Actions actions) {
        this.actions = actions;
        addClassName("mqm-panel");
        setPadding(true);
        setSpacing(false);
        markButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        markButton.addClassName("mark-mqm");
        markButton.addClickListener(e -> openDialog());
    }

    void allowMarking(boolean allowed) {
        editor = allowed;
    }

    void show(Segment segment, List<MqmError> errors) {
        this.segment = segment;
        removeAll();
        // a translator cannot mark errors: no heading over nothing
        setVisible(segment != null && (editor || !errors.isEmpty()));
        if (segment == null) {
            return;
        }
        add(new H4("MQM errors" + (errors.isEmpty() ? "" : " (" + errors.size() + ")")));
        for (MqmError error : errors) {
            Div item = new Div();
            item.addClassNames("mqm-item", "mqm-" + error.severity().label());
            Span head = new Span(error.severity().label() + " · " + error.dimension().label() + " / " + error.type());
            head.addClassName("mqm-head");
            Span text = new Span(error.highlighted().isEmpty() ? "(missing)" : "“" + error.highlighted() + "”");
            text.addClassName("mqm-text");
            item.add(head, new Div(text));
            if (error.comment() != null) {
                item.add(new Div(new Span(error.comment())));
            }
            if (editor) {
                Button delete = new Button("Remove", e -> actions.delete(error));
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
                        ButtonVariant.LUMO_ERROR);
                delete.addClassName("remove-mqm");
                item.add(delete);
            }
            add(item);
        }
        if (editor) {
            add(markButton);
        }
    }

    /** The dialog, its text prefilled with what was last selected in the target (when a browser says). */
    void openDialog() {
        if (segment == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("MQM error in segment " + segment.index());
        dialog.addClassName("mqm-dialog");
        TextField text = new TextField("Text of the target");
        text.setHelperText("Empty: something is missing (marked at the end).");
        text.setWidthFull();
        Select<MqmDimension> dimension = new Select<>();
        dimension.setLabel("Dimension");
        dimension.setItems(MqmDimension.values());
        dimension.setItemLabelGenerator(MqmDimension::label);
        Select<String> type = new Select<>();
        type.setLabel("Type");
        dimension.addValueChangeListener(e -> {
            type.setItems(e.getValue().types());
            type.setValue(e.getValue().types().get(0));
        });
        dimension.setValue(MqmDimension.ACCURACY);
        Select<MqmSeverity> severity = new Select<>();
        severity.setLabel("Severity");
        severity.setItems(MqmSeverity.values());
        severity.setItemLabelGenerator(s -> s.label() + " (" + s.weight() + ")");
        severity.setValue(MqmSeverity.MINOR);
        TextArea comment = new TextArea("Comment");
        comment.setWidthFull();
        Span problem = new Span();
        dialog.add(new VerticalLayout(text, dimension, type, severity, comment, problem));
        DialogActions.add(dialog, problem, "Mark", () -> {
            String target = segment.targetText();
            String wanted = text.getValue().strip();
            int start = wanted.isEmpty() ? target.length() : target.indexOf(wanted);
            if (start < 0) {
                throw new IllegalArgumentException("The target has no “" + wanted + "”.");
            }
            actions.mark(new MqmService.Marking(start, start + wanted.length(), dimension.getValue(),
                    type.getValue(), severity.getValue(), comment.getValue()));
        });
        dialog.open();
        LastSelection.prefill(this, text, "target");
    }
}
