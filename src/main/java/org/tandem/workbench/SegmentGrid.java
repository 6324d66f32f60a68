package org.tandem.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.tandem.document.Document;
import org.tandem.document.Segment;

/**
 * The segments, one row each, loaded lazily: number, source, target and status. The current row's target is the
 * editor; leaving it saves.
 */
final class SegmentGrid extends Grid<SegmentRow> {

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb");

    private final Workbench workbench;
    private SegmentRow current;
    private SegmentEditor editor;
    private boolean focusEditor;

    SegmentGrid(Workbench workbench, IssueFilter filter) {
        this.workbench = workbench;
        Document document = workbench.document();
        CheckResults results = workbench.results();
        addClassName("workbench-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        setHeightFull();
        setMinWidth("0");
        addColumn(row -> row.segment().index()).setHeader("#").setWidth("4.5em").setFlexGrow(0).setKey("index");
        addComponentColumn(row -> SegmentText.render(row.segment().source(), row.segment().codes(), "source"))
                .setHeader("Source (" + document.sourceLang() + ")").setFlexGrow(1).setKey("source");
        addComponentColumn(this::targetCell).setHeader("Target (" + document.targetLang() + ")")
                .setFlexGrow(1).setKey("target");
        addComponentColumn(row -> StatusCell.of(row.segment(), results.of(row.id()), results.openThreads(row.id())))
                .setHeader("Status").setWidth("9em").setFlexGrow(0).setKey("status");
        var documents = workbench.services().documents();
        setItems(query -> filter.showsAll()
                        ? documents.segments(document.id(), query.getOffset(), query.getLimit()).stream()
                                .map(SegmentRow::new)
                        : filtered(filter).stream().skip(query.getOffset()).limit(query.getLimit()).map(SegmentRow::new),
                query -> filter.showsAll() ? document.segmentCount() : filtered(filter).size());
        filter.addValueChangeListener(e -> getDataProvider().refreshAll());
        addItemClickListener(e -> workbench.open(e.getItem()));
        if (RIGHT_TO_LEFT.contains(document.targetLang().split("-")[0])) {
            addClassName("rtl-target");
        }
    }

    private List<Segment> filtered(IssueFilter filter) {
        return workbench.services().documents().segments(workbench.document().id()).stream()
                .filter(s -> filter.lets(workbench.results().of(s.id()))).toList();
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
        if (previous != null) {
            refresh(previous);
        }
        refresh(row);
        select(row);
        focusEditor = true;
    }

    void refresh(SegmentRow row) {
        getDataProvider().refreshItem(isCurrent(row) ? current : row);
    }

    /** Redraws a segment's row with its stored state (not the open one: that would replace what is typed). */
    void refresh(Segment fresh) {
        getDataProvider().refreshItem(new SegmentRow(fresh));
    }

    void refreshAll() {
        getDataProvider().refreshAll();
    }

    private Component targetCell(SegmentRow row) {
        if (!row.equals(current)) {
            return SegmentText.render(row.segment().target(), row.segment().codes(), "target",
                    workbench.results().of(row.id()));
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
