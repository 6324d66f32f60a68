package org.tandem.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tandem.document.Segment;
import org.tandem.qa.CheckInfo;
import org.tandem.qa.Issue;
import org.tandem.review.IssueService;

/**
 * Beside the grid: the current segment's issues, each with the check that found it, its message quoting the text,
 * one button per suggestion showing the result, "fix all" naming the fix, dismiss and (for editors) confirm as an
 * MQM error. Shown again after a save of the same segment, an issue that is still there keeps its item and buttons,
 * so that a click made while the save was on its way still reaches it; one that is gone stays a moment, marked so.
 */
class IssuePanel extends VerticalLayout {

    /** What the panel's buttons do, through the workbench. */
    interface Actions {
        /** A suggestion of an issue shown for {@code shownFor} (the target it was found in). */
        void apply(Issue issue, String suggestion, String shownFor);

        void applyEverywhere(Issue issue, String suggestion);

        int occurrences(Issue issue, String suggestion);

        void dismiss(Issue issue, String reason, IssueService.DismissScope scope);

        /** Why the issue is only a hint (reviewers rejected most of its kind in this language pair), if it is. */
        java.util.Optional<String> hint(Issue issue);
    }

    private final Map<String, CheckInfo> checks;
    private final Actions actions;
    /** Confirms an issue as an MQM error; null where the user may not. */
    private Consumer<Issue> confirm;
    /** Whether an issue is confirmed as an MQM error already. */
    private java.util.function.Predicate<Issue> confirmed = issue -> false;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final H4 heading = new H4("Issues");
    private long segmentId = -1;
    private int focused;

    IssuePanel(List<CheckInfo> checks, Actions actions) {
        this.checks = checks.stream().collect(Collectors.toMap(CheckInfo::id, c -> c, (a, b) -> a));
        this.actions = actions;
        addClassName("issue-panel");
        setWidth("22em");
        setMinWidth("22em");
        setHeightFull();
        setPadding(true);
        setSpacing(false);
        showNothing();
    }

    void allowConfirming(Consumer<Issue> confirm, java.util.function.Predicate<Issue> confirmed) {
        this.confirm = confirm;
        this.confirmed = confirmed;
    }

    void showNothing() {
        removeAll();
        items.clear();
        segmentId = -1;
        heading.setText("Issues");
        add(heading, new Paragraph("Click a segment to see its issues."));
    }

    /**
     * Puts the items under the heading in this order, leaving those already there attached (a component taken out
     * and put back would get a new identity, and a click on it on its way from the browser would be lost).
     */
    private void place(List<Component> wanted) {
        List<Component> now = getChildren().toList();
        for (Component child : now) {
            if (child != heading && !wanted.contains(child)) {
                remove(child);
            }
        }
        if (indexOf(heading) != 0) {
            addComponentAsFirst(heading);
        }
        for (int i = 0; i < wanted.size(); i++) {
            Component item = wanted.get(i);
            if (getComponentCount() <= i + 1 || getComponentAt(i + 1) != item) {
                addComponentAtIndex(i + 1, item);
            }
        }
    }

    /** The issue keyboard commands act on (Alt+1…9, Ctrl+Shift+F, Ctrl+D), if any. */
    Optional<Issue> focused() {
        List<Item> live = live();
        return focused < live.size() ? Optional.of(live.get(focused).issue) : Optional.empty();
    }

    /** The target the issues were shown for. */
    String shownFor(Issue issue) {
        return items.values().stream().filter(i -> i.issue == issue).map(i -> i.shownFor).findFirst().orElse("");
    }

    /** Moves the focus within this segment's issues; false when it would leave them. */
    boolean moveFocus(int delta) {
        int next = focused + delta;
        if (next < 0 || next >= live().size()) {
            return false;
        }
        focused = next;
        markFocused();
        return true;
    }

    void focusLast() {
        focused = Math.max(0, live().size() - 1);
        markFocused();
    }

    private List<Item> live() {
        return items.values().stream().filter(i -> !i.gone).toList();
    }

    private void markFocused() {
        List<Item> live = live();
        for (int i = 0; i < live.size(); i++) {
            live.get(i).root.getElement().getClassList().set("focused", i == focused);
        }
    }

    void show(Segment segment, List<Issue> issues) {
        String target = segment.targetText();
        boolean same = segment.id() == segmentId;
        if (!same) {
            items.clear();
            focused = 0;
        }
        segmentId = segment.id();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Item> next = new LinkedHashMap<>();
        for (Issue issue : issues) {
            String covered = target.substring(Math.min(issue.start(), target.length()),
                    Math.min(issue.end(), target.length()));
            String base = issue.checkId() + "|" + covered + "|" + issue.suggestions();
            String key = base + "|" + seen.merge(base, 1, Integer::sum);
            Item item = items.get(key);
            if (item == null || item.gone) {
                item = new Item();
            }
            item.show(issue, target);
            next.put(key, item);
        }
        for (Map.Entry<String, Item> old : items.entrySet()) {
            // a check that was pending and has run is not something the edit fixed: it just goes
            if (!next.containsKey(old.getKey()) && !old.getValue().gone && same && !old.getValue().issue.pending()) {
                old.getValue().markGone();
                next.put(old.getKey(), old.getValue());
            }
        }
        items.clear();
        items.putAll(next);
        if (focused >= live().size()) {
            focused = 0;
        }
        heading.setText("Segment " + segment.index() + " · " + (issues.isEmpty() ? "no issues"
                : issues.size() + (issues.size() == 1 ? " issue" : " issues")));
        place(new ArrayList<>(items.values().stream().map(i -> (Component) i.root).toList()));
        markFocused();
    }

    /** One issue's item; its buttons act on the issue it shows now, and say so when the issue is gone. */
    private final class Item {
        final Div root = new Div();
        final Paragraph message = new Paragraph();
        final List<Button> fixAll = new ArrayList<>();
        Button mqm;
        Issue issue;
        String shownFor;
        boolean gone;

        /** Shows an issue: built the first time, updated in place after (the same buttons stay). */
        void show(Issue shown, String target) {
            boolean built = issue != null;
            this.issue = shown;
            this.shownFor = target;
            String covered = covered();
            message.setText(quoted(covered, shown.message()));
            if (!built) {
                build(shown, covered);
            }
            for (int i = 0; i < fixAll.size(); i++) {
                String suggestion = shown.suggestions().get(i);
                int count = actions.occurrences(shown, suggestion);
                fixAll.get(i).setText("Fix all " + count + ": " + result(covered, suggestion));
                fixAll.get(i).setVisible(count > 1);
            }
            if (mqm != null) {
                boolean done = confirmed.test(shown);
                mqm.setText(done ? "Confirmed as MQM error" : "Confirm as MQM error");
                mqm.setEnabled(!done);
            }
        }

        private String covered() {
            return shownFor.substring(Math.min(issue.start(), shownFor.length()),
                    Math.min(issue.end(), shownFor.length()));
        }

        private void build(Issue shown, String covered) {
            root.addClassNames("issue-item", "issue-" + shown.severity().label());
            Span severity = new Span(shown.severity().label());
            severity.addClassNames("severity", "severity-" + shown.severity().label());
            CheckInfo check = checks.getOrDefault(shown.checkId(), new CheckInfo(shown.checkId(), shown.checkId(), ""));
            Span found = new Span(check.name());
            found.addClassName("check-name");
            found.getElement().setAttribute("title", (check.description() + " MQM: " + shown.category()
                    + (shown.rule() == null ? "" : ". Rule: " + shown.rule())).strip());
            message.addClassName("issue-message");
            java.util.Optional<String> hint = actions.hint(shown);
            if (shown.pending()) {
                // nothing to fix or dismiss: the check has not run yet
                root.addClassName("issue-pending");
                severity.setText("pending");
                root.add(new Div(severity, found), message);
            } else if (hint.isPresent()) {
                root.addClassName("issue-hint");
                severity.setText("hint");
                Paragraph why = new Paragraph(hint.get());
                why.addClassName("hint-reason");
                root.add(new Div(severity, found), message, why, fixes(shown, covered));
            } else {
                root.add(new Div(severity, found), message, fixes(shown, covered));
            }
        }

        private Div fixes(Issue shown, String covered) {
            Div fixes = new Div();
            fixes.addClassName("fixes");
            int n = 0;
            for (String suggestion : shown.suggestions()) {
                n++;
                Button fix = new Button(result(covered, suggestion),
                        e -> act(() -> actions.apply(issue, suggestion, shownFor)));
                fix.getElement().setAttribute("title", "Alt+" + n);
                fix.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                fix.addClassName("suggestion");
                Button all = new Button("", e -> act(() -> actions.applyEverywhere(issue, suggestion)));
                all.addThemeVariants(ButtonVariant.LUMO_SMALL);
                all.addClassName("fix-all");
                fixAll.add(all);
                fixes.add(fix, all);
            }
            TextField reason = new TextField();
            reason.setPlaceholder("reason (optional)");
            reason.addClassName("dismiss-reason");
            reason.setWidth("11em");
            Button dismiss = new Button("Dismiss", e -> act(() -> actions.dismiss(issue, reason.getValue(),
                    IssueService.DismissScope.ISSUE)));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            dismiss.addClassName("dismiss");
            fixes.add(dismiss, reason);
            Button inDocument = new Button("Dismiss this rule in the document", e -> act(() -> actions.dismiss(issue,
                    reason.getValue(), IssueService.DismissScope.DOCUMENT)));
            inDocument.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            inDocument.addClassName("dismiss-document");
            fixes.add(inDocument);
            if (shown.end() > shown.start()) {
                Button everywhere = new Button("Dismiss “" + covered + "” everywhere", e -> act(() -> actions.dismiss(
                        issue, reason.getValue(), IssueService.DismissScope.EVERYWHERE)));
                everywhere.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                everywhere.addClassName("dismiss-everywhere");
                everywhere.getElement().setAttribute("title", "This check's finding on exactly this text, in every "
                        + "document of this language pair");
                fixes.add(everywhere);
            }
            if (confirm != null) {
                mqm = new Button("Confirm as MQM error", e -> act(() -> confirm.accept(issue)));
                mqm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                mqm.addClassName("confirm-mqm");
                fixes.add(mqm);
            }
            return fixes;
        }

        private void act(Runnable action) {
            if (gone) {
                Notification.show("Your edit fixed or changed this issue: it is no longer there.", 5000,
                        Notification.Position.BOTTOM_START);
                return;
            }
            action.run();
        }

        /** Still shown until the next change after an edit fixed or changed it; a click on it says so. */
        void markGone() {
            gone = true;
            root.addClassName("issue-gone");
            message.setText("Fixed or changed by your edit: " + quoted(covered(), issue.message()));
        }
    }

    /** What applying a suggestion does, as the reviewer reads it. */
    static String result(String covered, String suggestion) {
        return suggestion.isEmpty() ? "delete “" + covered + "”"
                : covered.isEmpty() ? "insert “" + suggestion + "” at the caret"
                : "“" + covered + "” → “" + suggestion + "”";
    }

    /** The message, opened by the text it is about ({@code “kyiv”: …}) unless it quotes it already. */
    static String quoted(String covered, String message) {
        if (covered.isBlank() || message.contains("“" + covered + "”") || message.contains("\"" + covered + "\"")) {
            return message;
        }
        return "“" + covered + "”: " + message;
    }
}
