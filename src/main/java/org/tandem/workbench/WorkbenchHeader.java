package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import org.tandem.document.Document;
import org.tandem.io.TranslationFiles.ExportFormat;
import org.tandem.review.StatusService;

/**
 * Above the grid: the document, its languages and review progress, the issue totals and filter, what was last done,
 * and (for editors) export, approve all and the choice of termbases; the LQA report, the shortcuts and hiding the
 * side panel (more room for the texts) for all.
 */
final class WorkbenchHeader extends HorizontalLayout {

    private final Workbench workbench;
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span totals = new Span();
    private final Span saveState = new Span();

    WorkbenchHeader(Workbench workbench, IssueFilter filter) {
        this.workbench = workbench;
        Document document = workbench.document();
        H2 title = new H2(document.name());
        title.addClassName("document-title");
        Span languages = new Span(document.sourceLang() + " → " + document.targetLang());
        languages.addClassName("languages");
        progress.setWidth("8em");
        saveState.addClassName("save-state");
        totals.addClassName("issue-totals");
        Button more = button("Filters…", "toggle-filters", () -> workbench.filters().toggle());
        more.getElement().setAttribute("title", "Status, comments, notes, changed since import, text; the address "
                + "keeps the filter, to share it");
        add(title, languages, progressText, progress, totals, filter, more, saveState, actions());
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWidthFull();
        expand(saveState);
        addClassName("workbench-header");
        updateProgress();
    }

    /** Export, bulk approval and the choice of termbases are editors' work; translators edit. */
    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        if (workbench.editor()) {
            ExportLinks links = new ExportLinks(workbench.services(), workbench.document().id());
            actions.add(new Span("Export:"));
            if (workbench.document().isTextPair()) {
                actions.add(links.clean(ExportFormat.XLIFF_2, "XLIFF 2.1"), links.clean(ExportFormat.XLIFF_1,
                        "XLIFF 1.2"), links.clean(ExportFormat.TEXT, "Text"), links.withReview(ExportFormat.XLIFF_2,
                        "XLIFF 2.1 + review data"));
            } else {
                actions.add(links.clean(ExportFormat.ORIGINAL, "Export XLIFF"), links.withReview(
                        ExportFormat.ORIGINAL, "XLIFF + review data"));
            }
            actions.add(button("Approve all without major issues", "approve-all",
                    () -> workbench.review().approveAll()));
            actions.add(button("Termbases", "choose-termbases", () -> workbench.review().chooseTermbases()));
        }
        Anchor lqa = new Anchor("documents/" + workbench.document().id() + "/lqa", "LQA report");
        lqa.addClassName("lqa-link");
        Button panel = button("Hide panel", "toggle-side-panel", () -> { });
        panel.addClickListener(e -> {
            boolean shown = !workbench.side().isVisible();
            workbench.side().setVisible(shown);
            panel.setText(shown ? "Hide panel" : "Show panel");
            panel.getElement().setAttribute("aria-expanded", String.valueOf(shown));
            workbench.grid().refocus();
        });
        panel.getElement().setAttribute("aria-expanded", "true");
        panel.getElement().setAttribute("title", "The segment's actions, terms, MQM errors and issues beside the grid");
        Button all = button("All issues", "show-issue-list", () -> new IssueListDialog(workbench).open());
        all.getElement().setAttribute("title", "Every issue of the document in one list (Ctrl+Shift+L)");
        actions.add(all, lqa, button("QA report", "qa-report", () -> new QaReportDialog(workbench).open()),
                button("Shortcuts (F1)", "show-shortcuts", ShortcutsHelp::open), panel);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private static Button button(String label, String className, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    /** Reviewed segments out of all, as stored now. */
    void updateProgress() {
        StatusService.Progress now = workbench.services().statuses().progress(workbench.document().id());
        int segments = now.total().segments();
        int words = now.total().words();
        progressText.setText(String.format(Locale.ROOT, "%d/%d reviewed · %,d/%,d words", now.reviewed().segments(),
                segments, now.reviewed().words(), words));
        StringBuilder byStatus = new StringBuilder("Segments and source words by status:");
        now.byStatus().forEach((status, count) -> byStatus.append(String.format(Locale.ROOT, "%n%s: %d segments, %,d "
                + "words", status.name().toLowerCase(Locale.ROOT), count.segments(), count.words())));
        progressText.getElement().setAttribute("title", byStatus.toString());
        progress.setValue(words > 0 ? now.reviewed().words() / (double) words
                : segments == 0 ? 0 : now.reviewed().segments() / (double) segments);
    }

    void totals(String text) {
        totals.setText(text);
    }

    /** What was just done ("Saved segment 3."). */
    void say(String text) {
        saveState.setText(text);
    }
}
