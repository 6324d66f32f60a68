package org.tandem.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.base.ui.MainLayout;
import org.tandem.document.Document;
import org.tandem.document.DocumentNotFoundException;
import org.tandem.document.DocumentService;
import org.tandem.document.InvalidEditException;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.document.StaleSegmentException;
import org.tandem.io.TranslationFiles;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.Severity;
import org.tandem.review.ReviewService;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/**
 * The workbench: source beside target, one row per segment, loaded lazily. The current row's target is an editor;
 * leaving it saves, Ctrl+Enter saves, confirms and moves on, Ctrl+↑/↓ move between segments.
 */
@Route(value = "documents/:id", layout = MainLayout.class)
@jakarta.annotation.security.PermitAll
@com.vaadin.flow.component.dependency.JsModule("context://js/term-selection.js")
public class WorkbenchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final ReviewService review;
    private final MqmPanel mqmPanel = new MqmPanel(new MqmPanel.Actions() {
        @Override
        public void mark(ReviewService.Marking marking) {
            onCurrent(row -> {
                review.mark(document.id(), row.id(), marking);
                showMqm(row);
            });
        }

        @Override
        public void delete(org.tandem.review.MqmError error) {
            review.delete(document.id(), error.id());
            onCurrent(WorkbenchView.this::showMqm);
        }
    });
    private final Grid<SegmentRow> grid = new Grid<>();
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span saveState = new Span();
    private final Span totals = new Span();
    private final IssuePanel issuePanel = new IssuePanel(this::applySuggestion, this::applyEverywhere,
            this::occurrences, this::dismiss);
    private final TermsPanel termsPanel = new TermsPanel(this::insertTerm, this::addToGlossary);
    private final Button history = new Button("History…", e -> showHistory());
    private final Button approve = new Button("Approve", e -> onCurrent(row -> setStatus(row, SegmentStatus.APPROVED,
            null)));
    private final Button reject = new Button("Reject…", e -> onCurrent(this::askRejection));
    private final Button comments = new Button("Comments…", e -> showComments());
    /** Open comment threads per segment id, loaded with the issues. */
    private Map<Long, Integer> threads = Map.of();
    private Map<Long, List<Issue>> issues = Map.of();
    /** The targets the issues were found in, by segment id, loaded with them. */
    private Map<Long, String> targets = Map.of();
    private final com.vaadin.flow.component.combobox.ComboBox<String> filter =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    static final String ALL = "all segments";
    static final String WITH_ISSUES = "with issues";
    static final String MAJOR = "major or critical";
    private Document document;
    private SegmentRow current;
    private SegmentEditor editor;
    private boolean focusEditor;

    public WorkbenchView(DocumentService documents, ReviewService review) {
        this.documents = documents;
        this.review = review;
        setSizeFull();
        addClassName("workbench");
    }

    private Runnable unsubscribe;
    /** Changes received and not shown yet: a burst (approve all, fix all) is drawn in one UI round. */
    private final java.util.Queue<org.tandem.document.SegmentSaved> received =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean drawing = new java.util.concurrent.atomic.AtomicBoolean();

    /** Saves by others appear without reloading (Vaadin push): each stored change redraws its row. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        listen(event.getUI());
    }

    private void listen(com.vaadin.flow.component.UI ui) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (document != null) {
            long id = document.id();
            unsubscribe = documents.subscribe(id, saved -> {
                received.add(saved);
                if (drawing.compareAndSet(false, true)) {
                    ui.access(() -> {
                        drawing.set(false);
                        List<org.tandem.document.SegmentSaved> batch = new java.util.ArrayList<>();
                        for (var next = received.poll(); next != null; next = received.poll()) {
                            batch.add(next);
                        }
                        if (document != null && document.id() == id && !batch.isEmpty()) {
                            showSaved(batch);
                        }
                    });
                }
            });
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        super.onDetach(event);
    }

    /**
     * Redraws the rows saved (a save of this view's own is already shown), then progress and issues once. The open
     * segment's editor is left alone: saving over the change then opens the conflict view with both texts.
     */
    void showSaved(List<org.tandem.document.SegmentSaved> batch) {
        boolean texts = false;
        if (batch.stream().anyMatch(org.tandem.document.SegmentSaved::comments)) {
            threads = documents.openThreads(document.id());
        }
        for (long segmentId : batch.stream().map(org.tandem.document.SegmentSaved::segmentId).distinct().toList()) {
            Segment fresh = documents.segment(document.id(), segmentId);
            texts |= batch.stream().anyMatch(e -> e.segmentId() == segmentId && !e.comments());
            if (current != null && current.id() == segmentId) {
                if (fresh.version() > current.segment().version()) {
                    String who = batch.stream().filter(e -> e.segmentId() == segmentId)
                            .reduce((a, b) -> b).map(org.tandem.document.SegmentSaved::who).orElse("someone");
                    Notification.show("Segment " + fresh.index() + " was just saved by " + who
                            + "; saving yours will show both texts.", 6000, Notification.Position.BOTTOM_END);
                }
                // not redrawn: that would replace the editor and what is being typed in it
            } else {
                grid.getDataProvider().refreshItem(new SegmentRow(fresh));
            }
        }
        if (texts) {
            updateProgress();
            recheck();
        }
    }

    static RouteParameters parameters(long documentId) {
        return new RouteParameters("id", String.valueOf(documentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(WorkbenchView::parseId);
        try {
            document = documents.document(id.orElseThrow(() -> new DocumentNotFoundException("No such document.")));
        } catch (DocumentNotFoundException e) {
            Notification.show(e.getMessage() + " It may have been deleted.", 5000, Notification.Position.MIDDLE);
            event.forwardTo("");
            return;
        }
        removeAll();
        current = null;
        issues = Map.of();
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        history.addClassName("segment-history");
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("approve-segment");
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        reject.addClassName("reject-segment");
        comments.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        comments.addClassName("segment-comments");
        HorizontalLayout segmentActions = new HorizontalLayout(approve, reject, history, comments);
        segmentActions.addClassName("segment-actions");
        segmentActions.setSpacing(false);
        segmentActions.getStyle().set("gap", "var(--lumo-space-xs)").set("padding", "var(--lumo-space-xs)");
        List.of(history, approve, reject, comments).forEach(b -> b.setEnabled(false));
        boolean editor = CurrentUser.has(Role.EDITOR);
        approve.setVisible(editor);
        reject.setVisible(editor);
        termsPanel.allowAdding(editor);
        mqmPanel.allowMarking(editor);
        issuePanel.allowConfirming(editor ? this::confirmAsMqm : null);
        mqmPanel.show(null, List.of());
        VerticalLayout side = new VerticalLayout(segmentActions, termsPanel, mqmPanel, issuePanel);
        side.addClassName("side-panel");
        side.setPadding(false);
        side.setSpacing(false);
        side.setWidth("22em");
        side.setHeightFull();
        side.expand(issuePanel);
        HorizontalLayout body = new HorizontalLayout(grid, side);
        body.setSizeFull();
        body.expand(grid);
        grid.setMinWidth("0");
        issuePanel.showNothing();
        termsPanel.show(List.of(), false);
        add(header(), body);
        configureGrid();
        documents.checkNotices(document.id()).forEach(notice ->
                Notification.show(notice, 8000, Notification.Position.TOP_CENTER));
        checkDocument();
        getUI().ifPresent(this::listen);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Workbench" : document.name()) + " · Tandem";
    }

    private HorizontalLayout header() {
        H2 title = new H2(document.name());
        title.addClassName("document-title");
        Span languages = new Span(document.sourceLang() + " → " + document.targetLang());
        languages.addClassName("languages");
        progress.setWidth("8em");
        updateProgress();
        saveState.addClassName("save-state");
        HorizontalLayout exports = new HorizontalLayout();
        boolean editor = CurrentUser.has(Role.EDITOR);
        // translators edit; exporting, bulk approval and the choice of termbases are editors' work
        if (editor && document.isTextPair()) {
            exports.add(ExportLinks.link(documents, document.id(), TranslationFiles.ExportFormat.XLIFF_2, "XLIFF 2.1"),
                    ExportLinks.link(documents, document.id(), TranslationFiles.ExportFormat.XLIFF_1, "XLIFF 1.2"),
                    ExportLinks.link(documents, document.id(), TranslationFiles.ExportFormat.TEXT, "Text"),
                    ExportLinks.link(documents, document.id(), TranslationFiles.ExportFormat.XLIFF_2,
                            "XLIFF 2.1 + review data", true));
        } else if (editor) {
            exports.add(ExportLinks.link(documents, document.id(), TranslationFiles.ExportFormat.ORIGINAL,
                    "Export XLIFF"), ExportLinks.link(documents, document.id(),
                    TranslationFiles.ExportFormat.ORIGINAL, "XLIFF + review data", true));
        }
        Button approveAll = new Button("Approve all without major issues", e -> approveAll());
        approveAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        approveAll.addClassName("approve-all");
        approveAll.setVisible(editor);
        exports.add(approveAll);
        Button termbases = new Button("Termbases", e -> chooseTermbases());
        termbases.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        termbases.addClassName("choose-termbases");
        termbases.setVisible(editor);
        exports.add(termbases);
        Button help = new Button("Shortcuts (F1)", e -> showHelp());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Anchor lqa = new Anchor("documents/" + document.id() + "/lqa", "LQA report");
        lqa.addClassName("lqa-link");
        exports.add(lqa, help);
        Span exportLabel = new Span("Export:");
        exports.addComponentAsFirst(exportLabel);
        exports.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        totals.addClassName("issue-totals");
        filter.setItems(filterChoices());
        filter.setValue(ALL);
        filter.setAriaLabel("Show");
        filter.setWidth("13em");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.addClassName("issue-filter");
        HorizontalLayout header = new HorizontalLayout(title, languages, progressText, progress, totals, filter,
                saveState, exports);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(saveState);
        header.addClassName("workbench-header");
        return header;
    }

    private void updateProgress() {
        Document fresh = documents.document(document.id());
        progressText.setText(fresh.reviewed() + "/" + fresh.segmentCount() + " reviewed");
        progress.setValue(fresh.segmentCount() == 0 ? 0 : fresh.reviewed() / (double) fresh.segmentCount());
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.addClassName("workbench-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setHeightFull();
        grid.addColumn(row -> row.segment().index()).setHeader("#").setWidth("4.5em").setFlexGrow(0)
                .setKey("index");
        grid.addComponentColumn(row -> SegmentText.render(row.segment().source(), row.segment().codes(), "source"))
                .setHeader("Source (" + document.sourceLang() + ")").setFlexGrow(1).setKey("source");
        grid.addComponentColumn(this::targetCell).setHeader("Target (" + document.targetLang() + ")")
                .setFlexGrow(1).setKey("target");
        grid.addComponentColumn(row -> status(row.segment(), issuesOf(row), threads.getOrDefault(row.id(), 0)))
                .setHeader("Status")
                .setWidth("9em").setFlexGrow(0).setKey("status");
        grid.setItems(query -> {
            if (showsAll()) {
                return documents.segments(document.id(), query.getOffset(), query.getLimit()).stream()
                        .map(SegmentRow::new);
            }
            return filtered().stream().skip(query.getOffset()).limit(query.getLimit()).map(SegmentRow::new);
        }, query -> showsAll() ? document.segmentCount() : filtered().size());
        grid.addItemClickListener(e -> open(e.getItem()));
        // On the grid, not the editor: a save re-renders the editor cell, and a shortcut registered on the old
        // editor would be dropped when its change event is handled first in the same round trip.
        Shortcuts.addShortcutListener(grid, () -> onCurrent(this::confirmAndNext), Key.ENTER, KeyModifier.CONTROL)
                .listenOn(grid).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(grid, () -> onCurrent(row -> move(row, 1)), Key.ARROW_DOWN, KeyModifier.CONTROL)
                .listenOn(grid).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(grid, () -> onCurrent(row -> move(row, -1)), Key.ARROW_UP, KeyModifier.CONTROL)
                .listenOn(grid).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> nextIssue(1), Key.ARROW_DOWN, KeyModifier.ALT)
                .listenOn(this).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> nextIssue(-1), Key.ARROW_UP, KeyModifier.ALT)
                .listenOn(this).resetFocusOnActiveElement();
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7,
                Key.DIGIT_8, Key.DIGIT_9};
        for (int i = 0; i < digits.length; i++) {
            int n = i + 1;
            Shortcuts.addShortcutListener(this, () -> applyFocused(n), digits[i], KeyModifier.ALT)
                    .listenOn(this).resetFocusOnActiveElement();
        }
        Shortcuts.addShortcutListener(this, this::fixAllFocused, Key.KEY_F, KeyModifier.CONTROL, KeyModifier.SHIFT)
                .listenOn(this).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::dismissFocused, Key.KEY_D, KeyModifier.CONTROL)
                .listenOn(this).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::showHelp, Key.F1).listenOn(this);
        if (isRightToLeft(document.targetLang())) {
            grid.addClassName("rtl-target");
        }
    }

    private static boolean isRightToLeft(String language) {
        String lang = language.split("-")[0];
        return List.of("ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb").contains(lang);
    }

    private List<Issue> issuesOf(SegmentRow row) {
        return issues.getOrDefault(row.id(), List.of());
    }

    private static Div status(Segment segment, List<Issue> found, int openThreads) {
        Div cell = new Div(statusLabel(segment.status()));
        if (openThreads > 0) {
            Span talk = new Span("💬 " + openThreads);
            talk.addClassName("comment-count");
            talk.getElement().setAttribute("title", openThreads + " open comment thread" + (openThreads == 1 ? ""
                    : "s"));
            cell.add(talk);
        }
        if (segment.statusReason() != null) {
            cell.getElement().setAttribute("title", "Rejected: " + segment.statusReason());
            Span reason = new Span(segment.statusReason());
            reason.addClassName("status-reason");
            cell.add(reason);
        }
        if (!found.isEmpty()) {
            Span count = new Span("● " + found.size());
            Severity worst = found.stream().map(Issue::severity).max(Comparator.naturalOrder()).orElseThrow();
            count.addClassNames("issue-count", "severity-" + worst.label());
            count.getElement().setAttribute("title", found.size() + " issues, worst " + worst.label());
            cell.add(count);
        }
        return cell;
    }

    private static Span statusLabel(SegmentStatus status) {
        Span span = new Span(switch (status) {
            case NEW -> "new";
            case TRANSLATED -> "translated";
            case REVIEWED -> "✔ reviewed";
            case APPROVED -> "✔✔ approved";
            case REJECTED -> "✘ rejected";
        });
        span.addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return span;
    }

    private com.vaadin.flow.component.Component targetCell(SegmentRow row) {
        if (!row.equals(current)) {
            return SegmentText.render(row.segment().target(), row.segment().codes(), "target", issuesOf(row));
        }
        SegmentEditor area = new SegmentEditor();
        area.setAriaLabel("Target (" + document.targetLang() + ")");
        area.setValue(row.segment().targetText());
        area.setWidthFull();
        area.addClassName("target-editor");
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(row, e.getValue(), null);
            }
        });
        Div codes = codeHints(row.segment());
        editor = area;
        if (focusEditor) {
            area.focus();
            focusEditor = false;
        }
        VerticalLayout cell = new VerticalLayout(area);
        if (codes != null) {
            cell.add(codes);
        }
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    /** Under the editor: the segment's inline codes, so they can be seen and retyped. */
    private static Div codeHints(Segment segment) {
        if (segment.codes().isEmpty()) {
            return null;
        }
        Div hints = new Div(new Span("Codes: "));
        hints.addClassName("code-hints");
        segment.codes().forEach(code -> hints.add(SegmentText.chip(code.token(), code)));
        return hints;
    }

    /** Makes a row the current one (its target becomes the editor). */
    void open(SegmentRow row) {
        if (row.equals(current)) {
            return;
        }
        SegmentRow previous = current;
        current = row;
        if (previous != null) {
            grid.getDataProvider().refreshItem(previous);
        }
        grid.getDataProvider().refreshItem(row);
        grid.select(row);
        focusEditor = true;
        issuePanel.show(row.segment(), issuesOf(row));
        termsPanel.show(documents.termsOf(document.id(), row.id()), true);
        showMqm(row);
        List.of(history, approve, reject, comments).forEach(b -> b.setEnabled(true));
    }

    /** The MQM errors marked on the row's segment. */
    private void showMqm(SegmentRow row) {
        mqmPanel.show(documents.segment(document.id(), row.id()), review.errors(document.id()).stream()
                .filter(e -> e.segmentId() == row.id()).toList());
    }

    /** One click: the open segment's automatic issue becomes an MQM error with its span, category and severity. */
    void confirmAsMqm(Issue issue) {
        onCurrent(row -> {
            review.confirm(document.id(), row.id(), issue);
            showMqm(row);
            saveState.setText("Confirmed as an MQM error: " + issue.message());
        });
    }

    /** The open segment's comment threads; the status column counts the open ones. */
    void showComments() {
        if (current == null) {
            return;
        }
        SegmentRow row = current;
        CommentsDialog dialog = new CommentsDialog("Comments on segment " + row.segment().index(),
                () -> documents.comments(document.id(), row.id()), new CommentsDialog.Actions() {
                    @Override
                    public void comment(Long thread, String text) {
                        documents.comment(document.id(), row.id(), thread, text);
                    }

                    @Override
                    public void resolve(long thread, boolean resolved) {
                        documents.resolve(document.id(), row.id(), thread, resolved);
                    }
                });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                threads = documents.openThreads(document.id());
                grid.getDataProvider().refreshItem(row);
            }
        });
        dialog.open();
    }

    /** Approves or rejects the segment as it is saved; the grid and progress follow. */
    boolean setStatus(SegmentRow row, SegmentStatus status, String reason) {
        try {
            Segment saved = documents.setStatus(document.id(), row.id(), status, reason, row.segment().version());
            row.update(saved);
            grid.getDataProvider().refreshItem(row);
            updateProgress();
            saveState.setText("Segment " + saved.index() + " " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ".");
            return true;
        } catch (org.tandem.document.InvalidStatusException e) {
            error(e.getMessage());
        } catch (StaleSegmentException e) {
            row.update(e.current());
            grid.getDataProvider().refreshItem(row);
            error("Segment " + e.current().index() + " was saved by someone else meanwhile: look at it again.");
        }
        return false;
    }

    private void askRejection(SegmentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject segment " + row.segment().index());
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(
                "Reason");
        reason.setWidth("28em");
        reason.addClassName("reject-reason");
        dialog.add(reason);
        Button confirm = new Button("Reject", e -> {
            if (setStatus(row, SegmentStatus.REJECTED, reason.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Approves every segment with a target and no major or critical issue, after asking. */
    void approveAll() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog("Approve all segments without major issues?",
                        "Every segment that has a target, is not approved or rejected yet, and has no major or "
                                + "critical issue is approved.", "Approve", e -> {
                            int n = documents.approveAllWithoutMajorIssues(document.id());
                            grid.getDataProvider().refreshAll();
                            updateProgress();
                            saveState.setText("Approved " + n + " segment" + (n == 1 ? "" : "s") + ".");
                        });
        confirm.setCancelable(true);
        confirm.open();
    }

    /** The open segment's changes against the machine translation and each other, with restore. */
    void showHistory() {
        if (current == null) {
            return;
        }
        SegmentRow row = current;
        Segment segment = documents.segment(document.id(), row.id());
        HistoryDialog[] dialog = new HistoryDialog[1];
        dialog[0] = new HistoryDialog(segment, documents.history(document.id(), row.id()), change -> {
            try {
                Segment restored = documents.revert(document.id(), row.id(), change.id(), false,
                        row.segment().version());
                row.update(restored);
                grid.getDataProvider().refreshItem(row);
                saveState.setText("Restored version " + change.version() + " of segment " + restored.index() + ".");
                dialog[0].close();
                recheck();
            } catch (StaleSegmentException e) {
                dialog[0].close();
                conflict(row, change.afterText(), null, e.current());
            } catch (InvalidEditException e) {
                error(e.getMessage());
            }
        });
        dialog[0].open();
    }

    /** Inserts a glossary term into the current target at the caret (at the end when the caret is unknown). */
    void insertTerm(String term) {
        if (current == null) {
            return;
        }
        String text = editor != null ? editor.getValue() : current.segment().targetText();
        int caret = editor == null ? -1 : editor.caret();
        String updated;
        if (caret < 0 || caret > text.length()) {
            updated = text.isEmpty() || text.endsWith(" ") ? text + term : text + " " + term;
        } else {
            updated = text.substring(0, caret) + term + text.substring(caret);
        }
        if (save(current, updated, null) && editor != null) {
            editor.setValue(current.segment().targetText());
        }
    }

    /** "Add to glossary": a term pair for the termbases this document is checked against; the check runs again. */
    void addToGlossary(String source, String target) {
        documents.addToGlossary(document.id(), source, target);
        saveState.setText("Added “" + source.strip() + "” → “" + target.strip() + "” to the glossary.");
        recheck();
        if (current != null) {
            termsPanel.show(documents.termsOf(document.id(), current.id()), true);
        }
    }

    /** Opens the segment at a 1-based index, if there is one. */
    void openIndex(int index) {
        if (index < 1 || index > document.segmentCount()) {
            return;
        }
        List<Segment> found = documents.segments(document.id(), index - 1, 1);
        if (!found.isEmpty()) {
            grid.scrollToIndex(index - 1);
            open(new SegmentRow(found.get(0)));
        }
    }

    private void onCurrent(java.util.function.Consumer<SegmentRow> action) {
        if (current != null) {
            action.accept(current);
        }
    }

    private void move(SegmentRow row, int delta) {
        openIndex(row.segment().index() + delta);
    }

    /**
     * Ctrl+Enter: an editor saves what is in the editor as reviewed and goes to the next segment not reviewed yet;
     * a translator confirms it as translated and goes to the next one that is new or rejected.
     */
    void confirmAndNext(SegmentRow row) {
        String text = editor != null && row.equals(current) ? editor.getValue() : row.segment().targetText();
        boolean reviewer = CurrentUser.has(Role.EDITOR);
        if (!save(row, text, reviewer ? SegmentStatus.REVIEWED : SegmentStatus.TRANSLATED)) {
            return;
        }
        int next = row.segment().index() + 1;
        List<Segment> following = documents.segments(document.id(), row.segment().index(), 200);
        for (Segment s : following) {
            boolean done = reviewer ? s.status() == SegmentStatus.REVIEWED || s.status() == SegmentStatus.APPROVED
                    : s.status() != SegmentStatus.NEW && s.status() != SegmentStatus.REJECTED;
            if (!done) {
                next = s.index();
                break;
            }
        }
        openIndex(next);
    }

    /** Saves; the row shows the text as saved only once the database has it. */
    boolean save(SegmentRow row, String text, SegmentStatus status) {
        Segment before = row.segment();
        boolean sameText = text.equals(before.targetText());
        if (sameText && (status == null || status == before.status())) {
            return true;
        }
        try {
            Segment saved = documents.saveTarget(document.id(), before.id(), text, before.version(), status);
            row.update(saved);
            saveState.setText("Saved segment " + saved.index() + (status == SegmentStatus.REVIEWED
                    ? " as reviewed" : "") + ".");
            if (editor != null && row.equals(current)) {
                editor.setProblem(null);
            }
            grid.getDataProvider().refreshItem(row);
            updateProgress();
            recheck();
            return true;
        } catch (InvalidEditException e) {
            if (editor != null && row.equals(current)) {
                editor.setProblem(String.join(" ", e.problems()));
            }
            error(e.getMessage());
            return false;
        } catch (StaleSegmentException e) {
            conflict(row, text, status, e.current());
            return false;
        }
    }

    private List<String> filterChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of(ALL, WITH_ISSUES, MAJOR));
        choices.addAll(documents.checkIds().stream().map(id -> "check: " + id).toList());
        return choices;
    }

    private boolean showsAll() {
        return filter.getValue() == null || ALL.equals(filter.getValue());
    }

    /** The segments the filter lets through: with issues, with major ones, or with issues of one check. */
    private List<Segment> filtered() {
        String choice = filter.getValue();
        return documents.segments(document.id()).stream().filter(s -> {
            List<Issue> found = issues.getOrDefault(s.id(), List.of());
            if (WITH_ISSUES.equals(choice)) {
                return !found.isEmpty();
            }
            if (MAJOR.equals(choice)) {
                return found.stream().anyMatch(i -> i.severity().compareTo(Severity.MAJOR) >= 0);
            }
            String check = choice.substring("check: ".length());
            return found.stream().anyMatch(i -> i.checkId().equals(check));
        }).toList();
    }

    /** Alt+↓/Alt+↑: the next (or previous) issue, in this segment first, then in the following segments. */
    void nextIssue(int direction) {
        if (current != null && issuePanel.moveFocus(direction)) {
            return;
        }
        List<Long> ids = new java.util.ArrayList<>(issues.keySet());
        int from = current == null ? (direction > 0 ? -1 : ids.size()) : ids.indexOf(current.id());
        for (int i = from + direction; i >= 0 && i < ids.size(); i += direction) {
            if (!issues.get(ids.get(i)).isEmpty()) {
                Segment segment = documents.segment(document.id(), ids.get(i));
                grid.scrollToIndex(segment.index() - 1);
                open(new SegmentRow(segment));
                if (direction < 0) {
                    issuePanel.focusLast();
                }
                return;
            }
        }
        saveState.setText(direction > 0 ? "No more issues below." : "No more issues above.");
    }

    /** Alt+n: apply suggestion n of the focused issue. */
    void applyFocused(int n) {
        issuePanel.focused().filter(i -> i.suggestions().size() >= n)
                .ifPresent(i -> applySuggestion(i, i.suggestions().get(n - 1)));
    }

    /** Ctrl+Shift+F: apply the focused issue's first suggestion everywhere it applies. */
    void fixAllFocused() {
        issuePanel.focused().filter(i -> !i.suggestions().isEmpty())
                .ifPresent(i -> applyEverywhere(i, i.suggestions().get(0)));
    }

    /** Ctrl+D: dismiss the focused issue. */
    void dismissFocused() {
        issuePanel.focused().ifPresent(i -> dismiss(i, null));
    }

    /** The termbases this document is checked against, chosen in a dialog; the document is checked again. */
    void chooseTermbases() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Termbases for this document");
        com.vaadin.flow.component.combobox.MultiSelectComboBox<org.tandem.glossary.Termbase> choice =
                new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Checked against");
        choice.setItems(documents.allTermbases());
        choice.setItemLabelGenerator(t -> t.name() + " (" + String.join(", ", t.languages()) + ")");
        List<Long> current = documents.termbasesOf(document.id()).stream().map(org.tandem.glossary.Termbase::id)
                .toList();
        choice.setValue(documents.allTermbases().stream().filter(t -> current.contains(t.id())).toList());
        choice.setWidth("30em");
        choice.addClassName("termbase-choice");
        dialog.add(new Paragraph("By default a document is checked against every termbase for its two languages."),
                choice);
        Button save = new Button("Save", e -> {
            documents.chooseTermbases(document.id(), choice.getValue().stream()
                    .map(org.tandem.glossary.Termbase::id).toList());
            dialog.close();
            recheck();
            if (this.current != null) {
                termsPanel.show(documents.termsOf(document.id(), this.current.id()), true);
            }
            saveState.setText("Checked against " + choice.getValue().size() + " termbase(s).");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** F1: the shortcuts. */
    void showHelp() {
        Dialog help = new Dialog();
        help.setHeaderTitle("Keyboard shortcuts");
        String[][] keys = {{"Ctrl+Enter", "save, mark reviewed, go to the next segment that needs work"},
                {"Ctrl+↑ / Ctrl+↓", "previous / next segment"}, {"Alt+↓ / Alt+↑", "next / previous issue"},
                {"Alt+1…9", "apply suggestion n of the focused issue"}, {"Ctrl+Shift+F", "fix all occurrences"},
                {"Ctrl+D", "dismiss the focused issue"}, {"Shift+Enter", "line break in the target"},
                {"F1", "this help"}};
        for (String[] key : keys) {
            Span k = new Span(key[0]);
            k.addClassName("shortcut-key");
            help.add(new Div(k, new Span(" " + key[1])));
        }
        help.getFooter().add(new Button("Close", e -> help.close()));
        help.open();
    }

    /** Documents up to this size are checked before the page shows; larger ones in the background. */
    static final int CHECK_IN_BACKGROUND_ABOVE = 100;

    /** Checks the whole document: at once when small, else in the background with progress in the header. */
    private void checkDocument() {
        if (document.segmentCount() <= CHECK_IN_BACKGROUND_ABOVE) {
            setIssues(documents.issues(document.id()));
            updateTotals();
            return;
        }
        totals.setText("Checking…");
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        long id = document.id();
        java.util.concurrent.CompletableFuture.supplyAsync(() -> documents.issues(id, (done, total) -> {
            if (done % 50 == 0) {
                ui.access(() -> totals.setText("Checking " + done + "/" + total + "…"));
            }
        }), CurrentUser.background()).whenComplete((found, failure) -> ui.access(() -> {
            if (failure != null) {
                totals.setText("Checking failed");
                error("Checking failed: " + failure.getMessage());
                return;
            }
            setIssues(found);
            updateTotals();
            grid.getDataProvider().refreshAll();
            if (current != null) {
                issuePanel.show(current.segment(), issuesOf(current));
            }
        }));
    }

    /** Re-runs the checks (cached per unchanged segment) and redraws the rows whose issues changed. */
    private void recheck() {
        Map<Long, List<Issue>> before = issues;
        setIssues(documents.issues(document.id()));
        for (Map.Entry<Long, List<Issue>> entry : issues.entrySet()) {
            if (!entry.getValue().equals(before.get(entry.getKey()))) {
                SegmentRow row = current != null && current.id() == entry.getKey() ? current
                        : new SegmentRow(documents.segment(document.id(), entry.getKey()));
                grid.getDataProvider().refreshItem(row);
            }
        }
        updateTotals();
        if (current != null) {
            issuePanel.show(current.segment(), issuesOf(current));
        }
    }

    private void updateTotals() {
        Map<Severity, Long> counts = issues.values().stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.groupingBy(Issue::severity, java.util.stream.Collectors.counting()));
        List<String> parts = new java.util.ArrayList<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)) {
            if (counts.containsKey(severity)) {
                parts.add(counts.get(severity) + " " + severity.label());
            }
        }
        totals.setText(parts.isEmpty() ? "no issues" : "⚠ " + String.join(" · ", parts));
    }

    void applySuggestion(Issue issue, String suggestion) {
        if (current == null) {
            return;
        }
        if (issue.start() == issue.end() && !suggestion.isEmpty()) {
            insertTerm(suggestion); // something missing (a required term): it goes where the translator's caret is
            return;
        }
        String text = current.segment().targetText();
        save(current, QaService.apply(text, issue, suggestion), null);
    }

    private void setIssues(Map<Long, List<Issue>> found) {
        Map<Long, String> texts = new java.util.HashMap<>();
        documents.segments(document.id()).forEach(s -> texts.put(s.id(), s.targetText()));
        issues = found;
        targets = texts;
        threads = documents.openThreads(document.id());
    }

    /** How many places in the document the same fix would change (targets as last checked, no queries). */
    int occurrences(Issue issue, String suggestion) {
        if (current == null) {
            return 0;
        }
        String covered = current.segment().targetText().substring(issue.start(), issue.end());
        int n = 0;
        for (Map.Entry<Long, List<Issue>> entry : issues.entrySet()) {
            String target = targets.getOrDefault(entry.getKey(), "");
            for (Issue other : entry.getValue()) {
                if (DocumentService.sameFix(other, target, issue.checkId(), covered, suggestion)) {
                    n++;
                }
            }
        }
        return n;
    }

    void dismiss(Issue issue, String reason) {
        if (current == null) {
            return;
        }
        documents.dismiss(document.id(), current.id(), issue, reason);
        saveState.setText("Dismissed a " + issue.checkId() + " issue in segment " + current.segment().index() + ".");
        recheck();
    }

    void applyEverywhere(Issue issue, String suggestion) {
        if (current == null) {
            return;
        }
        String covered = current.segment().targetText().substring(issue.start(), issue.end());
        try {
            int changed = documents.fixEverywhere(document.id(), issue.checkId(), covered, suggestion);
            current.update(documents.segment(document.id(), current.id()));
            saveState.setText("Fixed " + changed + " places.");
            grid.getDataProvider().refreshAll();
            updateProgress();
            recheck();
        } catch (StaleSegmentException | InvalidEditException e) {
            error(e.getMessage());
        }
    }

    /** Someone else saved first: show both texts; never overwrite silently. */
    private void conflict(SegmentRow row, String mine, SegmentStatus status, Segment theirs) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Segment " + theirs.index() + " was changed by someone else");
        Paragraph theirText = new Paragraph(theirs.targetText());
        theirText.addClassName("conflict-theirs");
        Paragraph myText = new Paragraph(mine);
        myText.addClassName("conflict-mine");
        dialog.add(new Span("Their saved text:"), theirText, new Span("Your text (not saved):"), myText);
        Button keepTheirs = new Button("Keep theirs", e -> {
            row.update(theirs);
            grid.getDataProvider().refreshItem(row);
            dialog.close();
        });
        Button overwrite = new Button("Save mine over theirs", e -> {
            row.update(theirs);
            dialog.close();
            save(row, mine, status);
        });
        overwrite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keepTheirs, overwrite);
        dialog.open();
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    Grid<SegmentRow> grid() {
        return grid;
    }
}
