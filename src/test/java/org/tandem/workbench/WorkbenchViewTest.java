package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.document.ui.DocumentsView;

/** The workbench as a reviewer uses it, without a browser. */
class WorkbenchViewTest extends WorkbenchTest {

    private int rowOf(String sourceFragment) {
        for (int i = 0; i < _size(grid()); i++) {
            if (text(_getCellComponent(grid(), i, "source")).contains(sourceFragment)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + sourceFragment);
    }

    @Test
    void the_demo_shows_spanish_source_beside_english_target() {
        openWorkbench(demo().id());
        assertThat(_size(grid())).isEqualTo(demo().segmentCount());
        assertThat(text(_getCellComponent(grid(), 0, "source"))).contains("China y Rusia refuerzan");
        assertThat(text(_getCellComponent(grid(), 0, "target"))).contains("China and Russia strengthen");
    }

    @Test
    void an_edit_is_persisted_and_shown_after_navigating_away_and_back() {
        long id = demo().id();
        openWorkbench(id);
        int row = rowOf("cuando Occidente y Kiev");
        clickRow(row);
        String fixed = editor().getValue().replace("kyiv", "Kyiv");
        type(fixed);

        Segment stored = documents.segments(id).stream().filter(s -> s.source().contains("cuando Occidente y Kiev"))
                .findFirst().orElseThrow();
        assertThat(stored.target()).isEqualTo(fixed);
        assertThat(stored.status()).isEqualTo(SegmentStatus.TRANSLATED);

        UI.getCurrent().navigate(DocumentsView.class);
        openWorkbench(id);
        assertThat(text(_getCellComponent(grid(), row, "target"))).contains("the West and Kyiv are ready");
    }

    @Test
    void ctrl_enter_confirms_the_segment_and_moves_to_the_next_one() {
        long id = demo().id();
        openWorkbench(id);
        SegmentRow first = clickRow(0);

        press(Key.ENTER, KeyModifier.CONTROL);

        assertThat(documents.segment(id, first.id()).status()).isEqualTo(SegmentStatus.REVIEWED);
        assertThat(_getCellComponent(grid(), 1, "target")).isInstanceOf(VerticalLayout.class);
        assertThat(editor().getValue()).startsWith("Russia and China proclaimed");
        assertThat(_getCellComponent(grid(), 0, "target")).isNotInstanceOf(VerticalLayout.class);
    }

    @Test
    void ctrl_down_and_ctrl_up_move_between_segments() {
        openWorkbench(demo().id());
        clickRow(0);

        press(Key.ARROW_DOWN, KeyModifier.CONTROL);
        assertThat(grid().current()).hasValueSatisfying(row -> assertThat(row.segment().index()).isEqualTo(2));
        press(Key.ARROW_UP, KeyModifier.CONTROL);
        assertThat(grid().current()).hasValueSatisfying(row -> assertThat(row.segment().index()).isEqualTo(1));
    }

    private Document fourSegments() {
        return documents.importTextPair("keys.es.txt", "Uno.\n\nDos.\n\nTres.\n\nCuatro."
                .getBytes(StandardCharsets.UTF_8), "keys.en.txt", "One.\n\nTwo.\n\nThree.\n\nFour."
                .getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    @Test
    void ctrl_insert_copies_the_source_into_the_target() {
        Document doc = fourSegments();
        openWorkbench(doc.id());
        SegmentRow first = clickRow(0);

        press(Key.INSERT, KeyModifier.CONTROL);

        assertThat(documents.segment(doc.id(), first.id()).target()).isEqualTo("Uno.");
    }

    @Test
    void ctrl_g_goes_to_the_segment_of_that_number() {
        Document doc = fourSegments();
        openWorkbench(doc.id());

        press(Key.KEY_G, KeyModifier.CONTROL);
        HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withClasses("go-to-number")), 3);
        click("Go");

        assertThat(grid().current()).hasValueSatisfying(row -> assertThat(row.segment().index()).isEqualTo(3));
    }

    @Test
    void ctrl_shift_down_goes_to_the_next_segment_that_needs_work() {
        Document doc = fourSegments();
        List<Segment> segments = documents.segments(doc.id());
        statusService.setStatus(doc.id(), segments.get(1).id(), SegmentStatus.REVIEWED, null, 0);
        statusService.setStatus(doc.id(), segments.get(2).id(), SegmentStatus.APPROVED, null, 0);
        openWorkbench(doc.id());
        clickRow(0);

        press(Key.ARROW_DOWN, KeyModifier.CONTROL, KeyModifier.SHIFT);

        assertThat(grid().current()).hasValueSatisfying(row -> assertThat(row.segment().index()).isEqualTo(4));
    }

    @Test
    void ctrl_alt_z_undoes_the_last_save_of_the_segment() {
        Document doc = fourSegments();
        openWorkbench(doc.id());
        SegmentRow first = clickRow(0);
        type("First one.");
        type("First one, again.");

        press(Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.ALT);
        assertThat(documents.segment(doc.id(), first.id()).target()).isEqualTo("First one.");
        assertThat(historyService.history(doc.id(), first.id())).hasSize(3);
    }

    @Test
    void the_open_segment_shows_its_unit_its_file_and_the_files_note() {
        String xliff = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"menu.rc\" "
                + "source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body><trans-unit id=\"open\">"
                + "<source>Open</source><target>Öffnen</target><note>Menu item, at most 10 characters.</note>"
                + "</trans-unit></body></file></xliff>";
        Document doc = documents.importXliff("menu.xlf", xliff.getBytes(StandardCharsets.UTF_8), null, false,
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        clickRow(0);

        String context = text(_get(ContextPanel.class));
        assertThat(context).contains("unit open").contains("menu.rc").contains("Menu item, at most 10 characters.");
    }

    @Test
    void the_side_panel_hides_for_more_room_and_comes_back_with_the_open_segment() {
        openRowWhoseSourceHas("China y Rusia");
        assertThat(_get(SidePanel.class).isVisible()).isTrue();

        click("Hide panel");
        assertThat(_find(SidePanel.class)).as("visible side panels").isEmpty();
        clickRowWhoseSourceHas("Tras la cumbre"); // moving on keeps it hidden
        assertThat(_find(SidePanel.class)).as("visible side panels").isEmpty();

        click("Show panel");
        assertThat(_get(SidePanel.class).isVisible()).isTrue();
        assertThat(text(_get(IssuePanel.class))).contains("Segment 4");
    }
}
