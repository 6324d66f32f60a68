package org.tandem.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.tandem.document.Document;
import org.tandem.document.ReplaceService;
import org.tandem.document.Segment;

/**
 * The segments, one row each, loaded lazily: number, source, target and status. The current row's target is the
 * editor; leaving it saves. The editor's script loads with the grid, before any row is open, so that the first click
 * on a target already tells it where the caret goes.
 */
@JsModule("context://js/segment-editor.js")
final class SegmentGrid extends Grid<SegmentRow> {

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb");

    private final Workbench workbench;
    private final FilterBar filter;
    private SegmentRow current;
    private SegmentEditor editor;
    private Div statusCell;
    private boolean focusEditor;

    SegmentGrid(Workbench workbench, FilterBar filter) {
        this.workbench = workbench;
        this.filter = filter;
        Document document = workbench.document();
        CheckResults results = workbench.results();
        addClassName("workbench-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        setHeightFull();
        setMinWidth("0");
        addColumn(row -> row.segment().index()).setHeader("#").setWidth("4.5rem").setFlexGrow(0).setKey("index");
        addComponentColumn(row -> SegmentText.render(row.segment().source(), row.segment().codes(), "source",
                List.of(), workbench.search().hits(row.id(), ReplaceService.Side.SOURCE)))
                .setHeader("Source (" + document.sourceLang() + ")").setFlexGrow(1).setKey("source");
        addComponentColumn(this::targetCell).setHeader("Target (" + document.targetLang() + ")")
                .setFlexGrow(1).setKey("target");
        addComponentColumn(this::statusCell).setHeader("Status").setWidth("9rem").setFlexGrow(0).setKey("status");
        var documents = workbench.services().documents();
        setItems(query -> filter.current().showsAll()
                        ? documents.segments(document.id(), query.getOffset(), query.getLimit()).stream()
                                .map(SegmentRow::new)
                        : filtered().stream().skip(query.getOffset()).limit(query.getLimit()).map(SegmentRow::new),
                query -> filter.current().showsAll() ? document.segmentCount() : filtered().size());
        filter.addChangeListener(() -> getDataProvider().refreshAll());
        addItemClickListener(e -> workbench.open(e.getItem()));
        if (RIGHT_TO_LEFT.contains(document.targetLang().split("-")[0])) {
            addClassName("rtl-target");
        }
    }

    private List<Segment> filtered() {
        SegmentFilter now = filter.current();
        CheckResults results = workbench.results();
        return workbench.services().documents().segments(workbench.document().id()).stream()
                .filter(s -> now.lets(s, results.of(s.id()), results.threads(s.id()), results.openThreads(s.id())))
                .toList();
    }

    Optional<SegmentRow> current() {
        return Optional.ofNullable(current);
    }

    boolean isCurrent(SegmentRow row) {
        return row.equals(current);
    }

    /** The open row's editor, if it is drawn. */
    Optional<SegmentEditor> editor() {
        return Optional.ofNullable(current == null ? null : editor);
    }

    /** Makes a row the current one: its target becomes the editor, which takes the focus. */
    void makeCurrent(SegmentRow row) {
        SegmentRow previous = current;
        current = row;
        editor = null;
        statusCell = null;
        focusEditor = true;
        if (previous != null) {
            getDataProvider().refreshItem(previous);
        }
        getDataProvider().refreshItem(row);
        select(row);
    }

    /**
     * Redraws a row. The open row is updated in place (its status cell, the editor's problem marker), never drawn
     * anew: that would replace the editor and what is typed in it.
     */
    void refresh(SegmentRow row) {
        if (isCurrent(row)) {
            updateOpenRow();
        } else {
            getDataProvider().refreshItem(row);
        }
    }

    /** Redraws a segment's row with its stored state (the open one in place, keeping what is typed). */
    void refresh(Segment fresh) {
        if (current != null && current.id() == fresh.id()) {
            updateOpenRow();
        } else {
            getDataProvider().refreshItem(new SegmentRow(fresh));
        }
    }

    /** The open row's status cell drawn again in place, with its segment as last saved and its issues now. */
    void updateOpenRow() {
        if (current != null && statusCell != null) {
            StatusCell.fill(statusCell, current.segment(), workbench.results().of(current.id()),
                    workbench.results().openThreads(current.id()));
        }
        editor().ifPresent(e -> e.showIssues(current.segment().targetText(), workbench.results().of(current.id())));
    }

    /**
     * Someone else saved the open segment: its status cell shows their status and the issues of their text, while
     * the editor keeps what this reviewer has (saving it then shows both texts).
     */
    void showSavedByOthers(Segment fresh) {
        if (statusCell != null) {
            StatusCell.fill(statusCell, fresh, workbench.results().of(fresh.id()),
                    workbench.results().openThreads(fresh.id()));
        }
    }

    /** The open editor shows the open row's text as stored (after a fix, a restore, or keeping another's text). */
    void showStoredText() {
        editor().ifPresent(e -> e.setValue(current.segment().targetText()));
        updateOpenRow();
    }

    /**
     * Redraws every row with the texts and issues as stored now, the open one in place; with a filter, the rows
     * it lets through may change, so the grid is drawn anew (only after a click, so nothing typed is pending).
     */
    void refreshAll() {
        if (!filter.current().showsAll()) {
            focusEditor = current != null;
            getDataProvider().refreshAll();
            return;
        }
        for (Segment segment : workbench.services().documents().segments(workbench.document().id())) {
            refresh(segment);
        }
    }

    private Div statusCell(SegmentRow row) {
        Div cell = StatusCell.of(row.segment(), workbench.results().of(row.id()),
                workbench.results().openThreads(row.id()));
        if (row.equals(current)) {
            statusCell = cell;
        }
        return cell;
    }

    /** Puts the caret back into the open editor (after a save, a fix or a status change made with a click). */
    void refocus() {
        editor().ifPresent(SegmentEditor::focus);
    }

    private Component targetCell(SegmentRow row) {
        if (!row.equals(current)) {
            return SegmentText.render(row.segment().target(), row.segment().codes(), "target",
                    workbench.results().of(row.id()), workbench.search().hits(row.id(), ReplaceService.Side.TARGET));
        }
        SegmentEditor area = new SegmentEditor();
        area.setAriaLabel("Target (" + workbench.document().targetLang() + ")");
        area.setValue(row.segment().targetText());
        area.setWidthFull();
        area.addClassName("target-editor");
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                workbench.edits().save(row, e.getValue(), null);
            }
        });
        area.showIssues(row.segment().targetText(), workbench.results().of(row.id()));
        area.addDraftListener(draft -> workbench.edits().checkDraft(row, area, draft));
        editor = area;
        if (focusEditor) {
            area.focus();
            focusEditor = false;
        }
        VerticalLayout cell = new VerticalLayout(area);
        if (!row.segment().codes().isEmpty()) {
            Div hints = new Div(new Span("Codes: "));
            hints.addClassName("code-hints");
            row.segment().codes().forEach(code -> hints.add(SegmentText.chip(code.token(), code)));
            cell.add(hints);
        }
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }
}
