package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.report.QaReport;

/** The document-wide issue list: apply a suggestion from it, dismiss several at once with one reason. */
class WorkbenchIssueListTest extends WorkbenchTest {

    private Document doc() {
        Document doc = documents.importTextPair("list.es.txt", "La casa es grande.\n\nLa otra casa.\n\nDijo hola."
                        .getBytes(StandardCharsets.UTF_8), "list.en.txt",
                "The the house is big.\n\nThe other other house.\n\nHe said said hello.".getBytes(
                        StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        return doc;
    }

    @SuppressWarnings("unchecked")
    private Grid<IssueListDialog.Row> list() {
        return _get(Grid.class, s -> s.withClasses("issue-list-grid"));
    }

    private List<IssueListDialog.Row> rows() {
        Grid<IssueListDialog.Row> grid = list();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private IssueListDialog.Row doubled(int index) {
        return rows().stream().filter(r -> r.segment().index() == index && r.issue().checkId().equals("doubled-word"))
                .findFirst().orElseThrow(() -> new AssertionError("no doubled word in segment " + index + ": "
                        + rows()));
    }

    @Test
    void ctrl_shift_l_lists_every_issue_and_a_suggestion_is_applied_from_the_list() {
        Document doc = doc();

        press(Key.KEY_L, KeyModifier.CONTROL, KeyModifier.SHIFT);

        assertThat(rows()).extracting(r -> r.segment().index()).contains(1, 2, 3);
        list().select(doubled(1));
        ButtonKt._click(_get(Button.class, s -> s.withClasses("issue-list-apply")));

        assertThat(documents.segments(doc.id()).get(0).targetText()).isEqualTo("The house is big.");
        assertThat(rows()).noneMatch(r -> r.segment().index() == 1 && r.issue().checkId().equals("doubled-word"));
    }

    @Test
    void ticked_issues_are_dismissed_at_once_with_one_reason() {
        Document doc = doc();
        ButtonKt._click(_get(Button.class, s -> s.withClasses("show-issue-list")));
        list().select(doubled(2));
        list().select(doubled(3));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("issue-list-reason")), "a quotation");

        ButtonKt._click(_get(Button.class, s -> s.withClasses("issue-list-dismiss")));

        assertThat(rows()).noneMatch(r -> r.issue().checkId().equals("doubled-word") && r.segment().index() > 1);
        QaReport report = issueService.report(doc.id(), true);
        assertThat(report.entries()).filteredOn(e -> e.dismissed() != null).hasSize(2)
                .allSatisfy(e -> assertThat(e.dismissed().reason()).isEqualTo("a quotation"));
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .contains("The other other house.", "He said said hello.");
    }
}
