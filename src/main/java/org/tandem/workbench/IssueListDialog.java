package org.tandem.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.document.Segment;
import org.tandem.qa.CheckInfo;
import org.tandem.qa.Issue;

/**
 * Every open issue of the document in one list ("resolve warnings"): walk through it with ↑/↓, Enter goes to the
 * segment, Alt+1 applies the first suggestion, Ctrl+D dismisses; tick several and dismiss them at once with one
 * reason. Applying goes through the editor's own save, dismissing through the same service as the side panel.
 */
final class IssueListDialog extends Dialog {

    /** One issue where it is. */
    record Row(Segment segment, Issue issue) {
        String flagged() {
            String target = segment.targetText();
            return issue.end() <= target.length() ? target.substring(issue.start(), issue.end()) : "";
        }
    }

    private final Workbench workbench;
    private final Grid<Row> grid = new Grid<>();
    private final TextField reason = new TextField();
    private final Span count = new Span();
    private final Map<String, String> names;
    private Row focused;

    IssueListDialog(Workbench workbench) {
        this.workbench = workbench;
        this.names = workbench.services().checks().checks().stream()
                .collect(Collectors.toMap(CheckInfo::id, CheckInfo::name, (a, b) -> a));
        setHeaderTitle("Issues in the document");
        addClassName("issue-list");
        setWidth("min(75rem, 96vw)");
        setHeight("80vh");
        grid.addClassName("issue-list-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.segment().index()).setHeader("#").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(r -> r.issue().severity().label()).setHeader("Severity").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(r -> names.getOrDefault(r.issue().checkId(), r.issue().checkId())).setHeader("Check")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(Row::flagged).setHeader("Flagged").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> r.issue().message()).setHeader("Issue").setFlexGrow(1);
        grid.addColumn(r -> r.issue().suggestions().isEmpty() ? "" : r.issue().suggestions().get(0))
                .setHeader("Suggestion").setWidth("10rem").setFlexGrow(0);
        grid.addCellFocusListener(e -> e.getItem().ifPresent(row -> focused = row));
        grid.addItemDoubleClickListener(e -> goTo(e.getItem()));
        Shortcuts.addShortcutListener(grid, () -> focusedOrSelected().stream().findFirst().ifPresent(this::goTo),
                Key.ENTER).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> focusedOrSelected().stream().findFirst().ifPresent(this::apply),
                Key.DIGIT_1, KeyModifier.ALT).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> dismiss(focusedOrSelected()), Key.KEY_D, KeyModifier.CONTROL)
                .listenOn(grid);
        grid.setSizeFull();
        reason.setPlaceholder("Reason for dismissing (optional)");
        reason.setAriaLabel("Reason for dismissing");
        reason.addClassName("issue-list-reason");
        reason.setWidth("20rem");
        Button apply = new Button("Apply suggestion (Alt+1)", e -> focusedOrSelected().stream().findFirst()
                .ifPresent(this::apply));
        apply.addClassName("issue-list-apply");
        Button dismiss = new Button("Dismiss selected (Ctrl+D)", e -> dismiss(focusedOrSelected()));
        dismiss.addClassName("issue-list-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button go = new Button("Go to segment (Enter)", e -> focusedOrSelected().stream().findFirst()
                .ifPresent(this::goTo));
        go.addClassName("issue-list-go");
        count.addClassName("issue-list-count");
        HorizontalLayout actions = new HorizontalLayout(count, reason, dismiss, apply, go);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWidthFull();
        actions.expand(count);
        add(actions, grid);
        getFooter().add(new Button("Close", e -> close()));
        load();
    }

    /** The rows: the document's open issues as last checked, in document order. */
    private void load() {
        List<Row> rows = new ArrayList<>();
        for (Segment segment : workbench.services().documents().segments(workbench.document().id())) {
            workbench.results().of(segment.id()).stream().filter(i -> !i.pending())
                    .forEach(issue -> rows.add(new Row(segment, issue)));
        }
        grid.setItems(rows);
        focused = null;
        count.setText(rows.size() + (rows.size() == 1 ? " issue" : " issues"));
    }

    /** The ticked rows, or else the one with the keyboard focus. */
    Set<Row> focusedOrSelected() {
        Set<Row> selected = grid.getSelectedItems();
        return !selected.isEmpty() ? selected : Optional.ofNullable(focused).map(Set::of).orElse(Set.of());
    }

    private void goTo(Row row) {
        close();
        workbench.openIndex(row.segment().index());
    }

    /** The first suggestion applied, as if clicked beside the segment (opened for it). */
    void apply(Row row) {
        if (row.issue().suggestions().isEmpty()) {
            Workbench.error("This issue has no suggestion to apply; go to the segment to fix it.");
            return;
        }
        workbench.openIndex(row.segment().index());
        workbench.edits().applySuggestion(row.issue(), row.issue().suggestions().get(0), row.segment().targetText());
        load();
    }

    /** Dismisses the rows with the reason given, each as the side panel would. */
    void dismiss(Set<Row> rows) {
        if (rows.isEmpty()) {
            Workbench.error("Tick the issues to dismiss, or move to one with the keyboard.");
            return;
        }
        String why = reason.getValue().isBlank() ? null : reason.getValue().strip();
        int done = 0;
        for (Row row : rows) {
            try {
                workbench.services().issues().dismiss(workbench.document().id(), row.segment().id(), row.issue(),
                        why);
                done++;
            } catch (IllegalArgumentException e) {
                Workbench.error(e.getMessage());
            }
        }
        workbench.recheck();
        workbench.say("Dismissed " + done + (done == 1 ? " issue." : " issues."));
        load();
    }
}
