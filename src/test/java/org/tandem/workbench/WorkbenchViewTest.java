package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.document.ui.DocumentsView;

/** The workbench as a reviewer uses it, without a browser. */
class WorkbenchViewTest extends WorkbenchTest {







    @SuppressWarnings("unchecked")
    private Grid<SegmentRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("workbench-grid"));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** The editor that the current row's target cell renders. */
    private static SegmentEditor editorAt(Grid<SegmentRow> grid, int row) {
        Component cell = _getCellComponent(grid, row, "target");
        assertThat(cell).as("row " + row + " is the one being edited").isInstanceOf(VerticalLayout.class);
        return (SegmentEditor) cell.getChildren().filter(SegmentEditor.class::isInstance).findFirst().orElseThrow();
    }

    private static int rowOf(Grid<SegmentRow> grid, String sourceFragment) {
        for (int i = 0; i < _size(grid); i++) {
            if (text(_getCellComponent(grid, i, "source")).contains(sourceFragment)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + sourceFragment);
    }

    @Test
    void the_demo_shows_spanish_source_beside_english_target() {
        UI.getCurrent().navigate(WorkbenchView.class, WorkbenchView.parameters(demo().id()));
        Grid<SegmentRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(demo().segmentCount());
        assertThat(text(_getCellComponent(grid, 0, "source"))).contains("China y Rusia refuerzan");
        assertThat(text(_getCellComponent(grid, 0, "target"))).contains("China and Russia strengthen");
    }

    @Test
    void an_edit_is_persisted_and_shown_after_navigating_away_and_back() {
        long id = demo().id();
        UI.getCurrent().navigate(WorkbenchView.class, WorkbenchView.parameters(id));
        Grid<SegmentRow> grid = grid();
        int row = rowOf(grid, "cuando Occidente y Kiev");
        WorkbenchView view = _get(WorkbenchView.class);
        view.open(grid.getDataCommunicator().getItem(row));
        SegmentEditor editor = editorAt(grid, row);
        String fixed = editor.getValue().replace("kyiv", "Kyiv");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(editor, fixed);

        Segment stored = documents.segments(id).stream().filter(s -> s.source().contains("cuando Occidente y Kiev"))
                .findFirst().orElseThrow();
        assertThat(stored.target()).isEqualTo(fixed);
        assertThat(stored.status()).isEqualTo(SegmentStatus.TRANSLATED);

        UI.getCurrent().navigate(DocumentsView.class);
        UI.getCurrent().navigate(WorkbenchView.class, WorkbenchView.parameters(id));
        assertThat(text(_getCellComponent(grid(), row, "target"))).contains("the West and Kyiv are ready");
    }

    @Test
    void ctrl_enter_confirms_the_segment_and_moves_to_the_next_one() {
        long id = demo().id();
        UI.getCurrent().navigate(WorkbenchView.class, WorkbenchView.parameters(id));
        Grid<SegmentRow> grid = grid();
        WorkbenchView view = _get(WorkbenchView.class);
        SegmentRow first = grid.getDataCommunicator().getItem(0);
        view.open(first);
        view.confirmAndNext(first);
        assertThat(documents.segment(id, first.id()).status()).isEqualTo(SegmentStatus.REVIEWED);
        assertThat(editorAt(grid, 1).getValue()).startsWith("Russia and China proclaimed");
        assertThat(_getCellComponent(grid, 0, "target")).isNotInstanceOf(VerticalLayout.class);
    }
}
