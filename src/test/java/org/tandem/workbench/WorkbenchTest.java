package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.KaribuTest;
import org.tandem.review.CommentService;
import org.tandem.review.HistoryService;
import org.tandem.review.IssueService;
import org.tandem.review.MqmService;
import org.tandem.review.StatusService;

/**
 * Karibu tests of the workbench, written as a user's steps: open a document, click a row, type into the target,
 * press a key, click a button.
 */
abstract class WorkbenchTest extends KaribuTest {

    @Autowired
    protected IssueService issueService;

    @Autowired
    protected CommentService commentService;

    @Autowired
    protected HistoryService historyService;

    @Autowired
    protected StatusService statusService;

    @Autowired
    protected MqmService mqm;

    void openWorkbench(long documentId) {
        UI.getCurrent().navigate(WorkbenchView.class, WorkbenchView.parameters(documentId));
    }

    SegmentGrid grid() {
        return _get(SegmentGrid.class);
    }

    /** Clicks a row (0-based), which opens its target in the editor. */
    SegmentRow clickRow(int index) {
        SegmentGrid grid = grid();
        _clickItem(grid, index, 0, false, false, false, false);
        return grid.getDataCommunicator().getItem(index);
    }

    /** Clicks the row of a segment. */
    SegmentRow clickSegment(org.tandem.document.Segment segment) {
        return clickRow(segment.index() - 1);
    }

    /** Opens the demo in the workbench and clicks the first row whose source has the fragment. */
    SegmentRow openRowWhoseSourceHas(String fragment) {
        openWorkbench(demo().id());
        return clickRowWhoseSourceHas(fragment);
    }

    SegmentRow clickRowWhoseSourceHas(String fragment) {
        SegmentGrid grid = grid();
        for (int i = 0; i < _size(grid); i++) {
            if (text(_getCellComponent(grid, i, "source")).contains(fragment)) {
                return clickRow(i);
            }
        }
        throw new AssertionError("no segment with " + fragment);
    }

    /** The open segment's editor, as its target cell draws it. */
    SegmentEditor editor() {
        SegmentRow row = grid().current().orElseThrow(() -> new AssertionError("no segment is open"));
        Component cell = _getCellComponent(grid(), row.segment().index() - 1, "target");
        return cell.getChildren().filter(SegmentEditor.class::isInstance).map(SegmentEditor.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("the open row has no editor"));
    }

    /** Types a new target into the open editor and leaves it (which saves). */
    void type(String target) {
        HasValueUtilsKt._setValue(editor(), target);
    }

    /** Presses a key with modifiers wherever the workbench listens for it (the grid, or the whole screen). */
    void press(Key key, KeyModifier... modifiers) {
        Component screen = _get(WorkbenchView.class).getChildren().findFirst().orElseThrow();
        for (Component target : List.of(grid(), screen)) {
            ShortcutsKt._fireShortcut(target, key, modifiers);
        }
    }

    void click(String buttonText) {
        List<Button> buttons = _find(Button.class, spec -> spec.withText(buttonText));
        assertThat(buttons).as("a button " + buttonText).isNotEmpty();
        ButtonKt._click(buttons.get(0));
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
