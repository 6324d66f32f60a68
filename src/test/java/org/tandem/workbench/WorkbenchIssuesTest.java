package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Segment;

/** Issues in the workbench: the side panel's one-click suggestion and "fix all" on the demo article. */
class WorkbenchIssuesTest extends WorkbenchTest {

    private Button panelButton(String text) {
        List<Button> buttons = _find(_get(IssuePanel.class), Button.class).stream()
                .filter(b -> b.getText().startsWith(text)).toList();
        assertThat(buttons).as("panel button " + text).isNotEmpty();
        return buttons.get(0);
    }

    @Test
    void a_suggestion_is_applied_with_one_click() {
        SegmentRow row = openRowWhoseSourceHas("Volodímir Zelenski");
        // the shipped termbase has the deprecated "Volodimir Zelenski" and its preferred form
        ButtonKt._click(panelButton("“Volodimir Zelenski” → “Volodymyr Zelensky”")); // the fix as its result
        Segment saved = documents.segment(demo().id(), row.id());
        assertThat(saved.target()).contains("President Volodymyr Zelensky, for his part").doesNotContain("Zelenski");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_filter_shows_only_segments_with_the_chosen_issues() {
        openRowWhoseSourceHas("China y Rusia");
        Grid<SegmentRow> grid = _get(Grid.class, spec -> spec.withClasses("workbench-grid"));
        com.vaadin.flow.component.combobox.ComboBox<String> filter =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withClasses("issue-filter"));
        long withIssues = issueService.issues(demo().id()).values().stream().filter(l -> !l.isEmpty()).count();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(filter, IssueFilter.WITH_ISSUES);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo((int) withIssues)
                .isLessThan(demo().segmentCount());
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(filter, "check: Number scale");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).segment().targetText()).contains("50,000 million");
    }

    @Test
    void alt_down_alt_1_and_ctrl_d_move_to_an_issue_apply_it_and_dismiss_the_next() {
        openWorkbench(demo().id());
        press(Key.ARROW_DOWN, KeyModifier.ALT);
        press(Key.DIGIT_1, KeyModifier.ALT);
        Segment third = documents.segments(demo().id()).stream()
                .filter(s -> s.source().startsWith("\"Hemos firmado")).findFirst().orElseThrow();
        assertThat(third.target()).contains("entering a new era,\" declared the Chinese president");
        press(Key.ARROW_DOWN, KeyModifier.ALT);
        long before = issueService.issues(demo().id()).values().stream().mapToLong(List::size).sum();
        press(Key.KEY_D, KeyModifier.CONTROL);
        long after = issueService.issues(demo().id()).values().stream().mapToLong(List::size).sum();
        assertThat(after).isEqualTo(before - 1);
    }

    @Test
    void dismiss_removes_the_issue_from_the_segment() {
        SegmentRow row = openRowWhoseSourceHas("Acuerdo energético");
        assertThat(issueService.issues(demo().id()).get(row.id())).isNotEmpty();
        ButtonKt._click(panelButton("Dismiss"));
        assertThat(issueService.issues(demo().id()).get(row.id())).isEmpty();
        assertThat(_get(IssuePanel.class).getElement().getTextRecursively()).contains("no issues");
    }

    @Test
    void fix_all_capitalises_every_occurrence_in_the_document() {
        openRowWhoseSourceHas("cuando Occidente y Kiev");
        ButtonKt._click(panelButton("Fix all 2: “kyiv” → “Kyiv”"));
        List<Segment> segments = documents.segments(demo().id());
        assertThat(segments).noneMatch(s -> s.targetText().contains("kyiv"));
        assertThat(segments.stream().filter(s -> s.targetText().contains("Kyiv")).count()).isEqualTo(2);
        assertThat(issueService.issues(demo().id()).values().stream().flatMap(List::stream)
                .filter(i -> i.checkId().equals("proper-noun-case"))).isEmpty();
    }

    @Test
    void a_suggestion_clicked_after_typing_applies_to_the_issue_in_the_saved_text() {
        SegmentRow row = openRowWhoseSourceHas("cuando Occidente y Kiev");
        Button capitalise = panelButton("“kyiv” → “Kyiv”");

        type("Today, " + editor().getValue());
        ButtonKt._click(capitalise);

        String saved = documents.segment(demo().id(), row.id()).target();
        assertThat(saved).startsWith("Today, ").contains("the West and Kyiv are ready").doesNotContain("kyiv");
    }

    @Test
    void a_suggestion_for_what_the_typing_fixed_says_so_and_changes_nothing() {
        SegmentRow row = openRowWhoseSourceHas("cuando Occidente y Kiev");
        Button capitalise = panelButton("“kyiv” → “Kyiv”");
        String fixedByHand = editor().getValue().replace("kyiv", "Kyiv");

        type(fixedByHand);
        ButtonKt._click(capitalise);

        assertThat(documents.segment(demo().id(), row.id()).target()).isEqualTo(fixedByHand);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")).contains("no longer there"));
    }
}
