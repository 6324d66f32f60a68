package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tandem.document.Document;
import org.tandem.document.Segment;
import org.tandem.glossary.GlossaryService;

/**
 * Beside the grid, for the open segment: approve, reject, history and comments; its glossary terms; its MQM errors;
 * its issues with their fixes.
 */
final class SidePanel extends VerticalLayout {

    private final Workbench workbench;
    private final Button approve;
    private final Button reject;
    private final Button history;
    private final Button comments;
    private final TermsPanel terms;
    private final MqmPanel mqm;
    private final IssuePanel issues;

    SidePanel(Workbench workbench) {
        this.workbench = workbench;
        ReviewActions review = workbench.review();
        EditFlow edits = workbench.edits();
        approve = button("Approve", "approve-segment", ButtonVariant.LUMO_SUCCESS, review::approve);
        reject = button("Reject…", "reject-segment", ButtonVariant.LUMO_ERROR, review::askRejection);
        history = button("History…", "segment-history", ButtonVariant.LUMO_TERTIARY, review::showHistory);
        comments = button("Comments…", "segment-comments", ButtonVariant.LUMO_TERTIARY, review::showComments);
        approve.setVisible(workbench.editor());
        reject.setVisible(workbench.editor());
        HorizontalLayout actions = new HorizontalLayout(approve, reject, history, comments);
        actions.addClassName("segment-actions");
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("padding", "var(--lumo-space-xs)");
        terms = new TermsPanel(edits::insertTerm, review::addToGlossary);
        terms.allowAdding(workbench.editor());
        mqm = new MqmPanel(new MqmPanel.Actions() {
            @Override
            public void mark(org.tandem.review.MqmService.Marking marking) {
                review.markMqm(marking);
            }

            @Override
            public void delete(org.tandem.review.MqmError error) {
                review.deleteMqm(error);
            }
        });
        mqm.allowMarking(workbench.editor());
        issues = new IssuePanel(workbench.services().checks().checks(), edits::applySuggestion, edits::applyEverywhere, this::occurrences, review::dismiss);
        issues.allowConfirming(workbench.editor() ? review::confirmAsMqm : null);
        add(actions, terms, mqm, issues);
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
        List.of(history, approve, reject, comments).forEach(b -> b.setEnabled(false));
        issues.showNothing();
        terms.show(List.of(), false);
        mqm.show(null, List.of());
    }

    /** Everything about the row's segment. */
    void show(SegmentRow row) {
        showIssues(row);
        showTerms(row);
        showMqm(row);
        List.of(history, approve, reject, comments).forEach(b -> b.setEnabled(true));
    }

    void showIssues(SegmentRow row) {
        issues.show(row.segment(), workbench.results().of(row.id()));
    }

    /** The glossary terms of the segment's source and the translations the document's termbases require. */
    void showTerms(SegmentRow row) {
        Document doc = workbench.document();
        GlossaryService glossaries = workbench.services().glossaries();
        terms.show(glossaries.termsIn(glossaries.terminology(doc.id(), doc.sourceLang(), doc.targetLang()),
                row.segment().source(), doc.sourceLang(), doc.targetLang()), true);
    }

    /** The MQM errors marked on the segment as stored now. */
    void showMqm(SegmentRow row) {
        long documentId = workbench.document().id();
        Segment segment = workbench.services().documents().segment(documentId, row.id());
        mqm.show(segment, workbench.services().mqm().errors(documentId).stream()
                .filter(e -> e.segmentId() == row.id()).toList());
    }

    IssuePanel issues() {
        return issues;
    }

    private int occurrences(org.tandem.qa.Issue issue, String suggestion) {
        return workbench.current().map(row -> workbench.results().occurrences(issue,
                row.segment().targetText().substring(issue.start(), issue.end()), suggestion)).orElse(0);
    }
}
