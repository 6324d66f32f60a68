package org.tandem.workbench;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.tandem.KaribuTest;

/** Karibu tests of the workbench: a signed-in user with the demo article open. */
abstract class WorkbenchTest extends KaribuTest {

    /** Opens the demo in the workbench and makes the first segment whose source has the fragment the current one. */
    @SuppressWarnings("unchecked")
    SegmentRow openRowWhoseSourceHas(String fragment) {
        UI.getCurrent().navigate(WorkbenchView.class, WorkbenchView.parameters(demo().id()));
        Grid<SegmentRow> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("workbench-grid"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            SegmentRow row = grid.getDataCommunicator().getItem(i);
            if (row.segment().source().contains(fragment)) {
                LocatorJ._get(WorkbenchView.class).open(row);
                return row;
            }
        }
        throw new AssertionError("no segment with " + fragment);
    }
}
