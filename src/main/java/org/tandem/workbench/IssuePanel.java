package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.BiConsumer;
import java.util.function.ToIntBiFunction;
import org.tandem.document.Segment;
import org.tandem.qa.CheckInfo;
import org.tandem.qa.Issue;

/**
 * Beside the grid: the current segment's issues, each with its message, one button per suggestion, and "fix all"
 * where the same fix applies elsewhere in the document.
 */
class IssuePanel extends VerticalLayout {

    private final BiConsumer<Issue, String> apply;
    private final BiConsumer<Issue, String> applyEverywhere;
    private final ToIntBiFunction<Issue, String> occurrences;
    private final BiConsumer<Issue, String> dismiss;
    /** Confirms an issue as an MQM error; null where the user may not. */
    private java.util.function.Consumer<Issue> confirm;

    /** The checks by id, so that an issue says which check found it and what that check looks for. */
    private final Map<String, CheckInfo> checks;

    IssuePanel(List<CheckInfo> checks, BiConsumer<Issue, String> apply, BiConsumer<Issue, String> applyEverywhere,
               ToIntBiFunction<Issue, String> occurrences, BiConsumer<Issue, String> dismiss) {
        this.checks = checks.stream().collect(Collectors.toMap(CheckInfo::id, c -> c, (a, b) -> a));
        this.apply = apply;
        this.applyEverywhere = applyEverywhere;
        this.occurrences = occurrences;
        this.dismiss = dismiss;
        addClassName("issue-panel");
        setWidth("22em");
        setMinWidth("22em");
        setHeightFull();
        setPadding(true);
        setSpacing(false);
        showNothing();
    }

    void allowConfirming(java.util.function.Consumer<Issue> confirm) {
        this.confirm = confirm;
    }

    void showNothing() {
        removeAll();
        add(new H4("Issues"), new Paragraph("Click a segment to see its issues."));
    }

    private List<Issue> shown = List.of();
    private int focused;

    /** The issue keyboard commands act on (Alt+1…9, Ctrl+Shift+F, Ctrl+D), if any. */
    java.util.Optional<Issue> focused() {
        return focused < shown.size() ? java.util.Optional.of(shown.get(focused)) : java.util.Optional.empty();
    }

    /** Moves the focus within this segment's issues; false when it would leave them. */
    boolean moveFocus(int delta) {
        int next = focused + delta;
        if (next < 0 || next >= shown.size()) {
            return false;
        }
        focused = next;
        markFocused();
        return true;
    }

    void focusLast() {
        focused = Math.max(0, shown.size() - 1);
        markFocused();
    }

    private void markFocused() {
        List<com.vaadin.flow.component.Component> items = getChildren()
                .filter(c -> c.getElement().getClassList().contains("issue-item")).toList();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).getElement().getClassList().set("focused", i == focused);
        }
    }

    void show(Segment segment, List<Issue> issues) {
        if (!issues.equals(shown)) {
            focused = 0;
        }
        shown = List.copyOf(issues);
        removeAll();
        add(new H4("Segment " + segment.index() + " · " + (issues.isEmpty() ? "no issues"
                : issues.size() + (issues.size() == 1 ? " issue" : " issues"))));
        String target = segment.targetText();
        for (Issue issue : issues) {
            Div item = new Div();
            item.addClassNames("issue-item", "issue-" + issue.severity().label());
            Span severity = new Span(issue.severity().label());
            severity.addClassNames("severity", "severity-" + issue.severity().label());
            CheckInfo check = checks.getOrDefault(issue.checkId(), new CheckInfo(issue.checkId(), issue.checkId(), ""));
            Span found = new Span(check.name());
            found.addClassName("check-name");
            found.getElement().setAttribute("title", (check.description() + " MQM: " + issue.category()).strip());
            item.add(new Div(severity, found), new Paragraph(issue.message()));
            Div fixes = new Div();
            fixes.addClassName("fixes");
            int n = 0;
            for (String suggestion : issue.suggestions()) {
                n++;
                String covered = target.substring(issue.start(), issue.end());
                String label = suggestion.isEmpty() ? "delete “" + covered + "”" : suggestion.replace(' ', '␣');
                Button fix = new Button(label, e -> apply.accept(issue, suggestion));
                fix.getElement().setAttribute("title", "Alt+" + n);
                fix.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                fix.addClassName("suggestion");
                fixes.add(fix);
                int count = occurrences.applyAsInt(issue, suggestion);
                if (count > 1) {
                    Button all = new Button("Fix all " + count, e -> applyEverywhere.accept(issue, suggestion));
                    all.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    all.addClassName("fix-all");
                    fixes.add(all);
                }
            }
            TextField reason = new TextField();
            reason.setPlaceholder("reason (optional)");
            reason.addClassName("dismiss-reason");
            reason.setWidth("11em");
            Button dismissButton = new Button("Dismiss", e -> dismiss.accept(issue, reason.getValue()));
            dismissButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            dismissButton.addClassName("dismiss");
            fixes.add(dismissButton, reason);
            if (confirm != null) {
                Button mqm = new Button("Confirm as MQM error", e -> confirm.accept(issue));
                mqm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                mqm.addClassName("confirm-mqm");
                fixes.add(mqm);
            }
            item.add(fixes);
            add(item);
        }
        markFocused();
    }
}
