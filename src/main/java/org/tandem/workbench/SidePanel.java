package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tandem.document.Document;
import org.tandem.document.Segment;
import org.tandem.glossary.GlossaryService;
import org.tandem.memory.MemoryService;
import org.tandem.qa.Issue;
import org.tandem.review.IssueService;
import org.tandem.review.MqmError;
import org.tandem.review.MqmService;

/**
 * Beside the grid, for the open segment: approve, reject, history and comments; its glossary terms; the translation
 * memory's matches; its MQM errors; its issues with their fixes.
 */
final class SidePanel extends VerticalLayout {

    /** The check profile as of the last showing of the open segment's issues (which of them are hints). */
    private org.tandem.qa.CheckProfile profile = org.tandem.qa.CheckProfile.NONE;

    private final Workbench workbench;
    private final Button approve;
    private final Button reject;
    private final Button history;
    private final Button comments;
    private final Button revert;
    private final TermsPanel terms;
    private final MemoryPanel memory;
    private final MqmPanel mqm;
    private final IssuePanel issues;
    private final ContextPanel context = new ContextPanel();
    /** The open segment's MQM errors, as last shown. */
    private List<MqmError> errors = List.of();

    SidePanel(Workbench workbench) {
        this.workbench = workbench;
        ReviewActions review = workbench.review();
        EditFlow edits = workbench.edits();
        approve = button("Approve", "approve-segment", ButtonVariant.LUMO_SUCCESS, review::approve);
        reject = button("Reject…", "reject-segment", ButtonVariant.LUMO_ERROR, review::askRejection);
        history = button("History…", "segment-history", ButtonVariant.LUMO_TERTIARY, review::showHistory);
        comments = button("Comments…", "segment-comments", ButtonVariant.LUMO_TERTIARY, review::showComments);
        revert = button("Revert to MT", "revert-to-mt", ButtonVariant.LUMO_TERTIARY,
                () -> workbench.onCurrent(edits::restoreMachineTranslation));
        revert.getElement().setAttribute("title", "Put the machine translation back (kept in the history)");
        approve.setVisible(workbench.editor());
        reject.setVisible(workbench.editor());
        HorizontalLayout actions = new HorizontalLayout(approve, reject, history, comments, revert);
        actions.addClassName("segment-actions");
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("padding", "var(--lumo-space-xs)");
        terms = new TermsPanel(edits::insertTerm, review::addToGlossary);
        terms.allowAdding(workbench.editor());
        memory = new MemoryPanel(edits::insertMatch, () -> new ConcordanceDialog(workbench).open());
        mqm = new MqmPanel(new MqmPanel.Actions() {
            @Override
            public void mark(MqmService.Marking marking) {
                review.markMqm(marking);
            }

            @Override
            public void delete(MqmError error) {
                review.deleteMqm(error);
            }
        });
        mqm.allowMarking(workbench.editor());
        issues = new IssuePanel(workbench.services().checks().checks(), new IssuePanel.Actions() {
            @Override
            public void apply(Issue issue, String suggestion, String shownFor) {
                edits.applySuggestion(issue, suggestion, shownFor);
            }

            @Override
            public void applyEverywhere(Issue issue, String suggestion) {
                edits.applyEverywhere(issue, suggestion);
            }

            @Override
            public int occurrences(Issue issue, String suggestion) {
                return SidePanel.this.occurrences(issue, suggestion);
            }

            @Override
            public void dismiss(Issue issue, String reason, IssueService.DismissScope scope) {
                review.dismiss(issue, reason, scope);
            }

            @Override
            public java.util.Optional<String> hint(Issue issue) {
                return profile.hint(workbench.document().sourceLang(), workbench.document().targetLang(), issue);
            }
        });
        if (workbench.editor()) {
            issues.allowConfirming(review::confirmAsMqm, this::confirmed);
        }
        add(actions, context, terms, memory, mqm, issues);
        addClassName("side-panel");
        setPadding(false);
        setSpacing(false);
        setWidth("22em");
        setHeightFull();
        expand(issues);
        showNothing();
    }

    private static Button button(String label, String className, ButtonVariant variant, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        button.addClassName(className);
        return button;
    }

    private void showNothing() {
        context.show(null);
        List.of(history, approve, reject, comments, revert).forEach(b -> b.setEnabled(false));
        issues.showNothing();
        terms.show(List.of(), false);
        memory.show(List.of(), false);
        mqm.show(null, List.of());
    }

    /** Everything about the row's segment. */
    void show(SegmentRow row) {
        context.show(row.segment());
        showMqm(row);
        showIssues(row);
        showTerms(row);
        showMemory(row);
        List.of(history, approve, reject, comments, revert).forEach(b -> b.setEnabled(true));
    }

    void showIssues(SegmentRow row) {
        profile = workbench.services().issues().profile(); // read once per showing, not once per issue item
        issues.show(row.segment(), workbench.results().of(row.id()));
    }

    /** The glossary terms of the segment's source and the translations the document's termbases require. */
    void showTerms(SegmentRow row) {
        Document doc = workbench.document();
        GlossaryService glossaries = workbench.services().glossaries();
        terms.show(glossaries.termsIn(glossaries.terminology(doc.id(), doc.sourceLang(), doc.targetLang()),
                row.segment().source(), doc.sourceLang(), doc.targetLang()), true);
    }

    /** The memory's best matches for the segment's source, other than its own approved translation. */
    void showMemory(SegmentRow row) {
        Document doc = workbench.document();
        memory.show(workbench.services().memory().matches(doc.sourceLang(), doc.targetLang(), row.segment().source(),
                        MemoryService.DEFAULT_MIN_SCORE, MemoryPanel.SHOWN + 1).stream()
                .filter(m -> !Long.valueOf(row.id()).equals(m.unit().segmentId())).toList(), true);
    }

    MemoryPanel memory() {
        return memory;
    }

    /** The MQM errors marked on the segment as stored now. */
    void showMqm(SegmentRow row) {
        long documentId = workbench.document().id();
        Segment segment = workbench.services().documents().segment(documentId, row.id());
        errors = workbench.services().mqm().errors(documentId).stream().filter(e -> e.segmentId() == row.id())
                .toList();
        mqm.show(segment, errors);
    }

    /** Whether an issue of the open segment is confirmed as an MQM error already (its check, on its span). */
    private boolean confirmed(Issue issue) {
        return errors.stream().anyMatch(e -> e.start() == issue.start() && e.end() == issue.end()
                && issue.checkId().equals(e.checkId()));
    }

    IssuePanel issues() {
        return issues;
    }

    private int occurrences(Issue issue, String suggestion) {
        return workbench.current().map(row -> workbench.results().occurrences(issue,
                row.segment().targetText().substring(issue.start(), issue.end()), suggestion)).orElse(0);
    }
}
