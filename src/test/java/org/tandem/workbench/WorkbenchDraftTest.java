package org.tandem.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Segment;
import org.tandem.qa.Issue;

/**
 * Issues of what is being typed: after a pause of typing the open editor gets the issues of its text as it is,
 * without saving anything.
 */
class WorkbenchDraftTest extends WorkbenchTest {

    /** What the browser sends after a pause of typing. */
    private void pauseAfterTyping(String draft) {
        shownEditor().getElement().setProperty("draft", draft);
    }

    /** The editor the browser shows (drawing the cell again in the test would make another). */
    private SegmentEditor shownEditor() {
        return grid().editor().orElseGet(this::editor);
    }

    /**
     * The issues the editor underlines, as "covered text: message", checking that they were sent for the text the
     * editor holds.
     */
    private List<String> underlined(String expectedText) {
        JsonObject shown = (JsonObject) shownEditor().getElement().getPropertyRaw("issues");
        assertThat(shown.getString("text")).isEqualTo(expectedText);
        JsonArray issues = shown.getArray("issues");
        List<String> covered = new ArrayList<>();
        for (int i = 0; i < issues.length(); i++) {
            JsonObject issue = issues.getObject(i);
            covered.add(expectedText.substring((int) issue.getNumber("start"), (int) issue.getNumber("end")) + ": "
                    + issue.getString("message"));
        }
        return covered;
    }

    @Test
    void the_open_editor_underlines_the_saved_issues() {
        SegmentRow row = openRowWhoseSourceHas("cuando Occidente y Kiev");
        String stored = row.segment().targetText();
        assertThat(underlined(stored)).anySatisfy(shown -> assertThat(shown).startsWith("kyiv: "));
    }

    @Test
    void a_pause_of_typing_underlines_the_issues_of_the_typed_text_and_saves_nothing() {
        SegmentRow row = openRowWhoseSourceHas("Acuerdo energético");
        String stored = row.segment().targetText();
        assertThat(underlined(stored)).noneSatisfy(shown -> assertThat(shown).contains("is is"));

        String draft = stored + " It is is done.";
        pauseAfterTyping(draft);

        assertThat(underlined(draft)).anySatisfy(shown -> assertThat(shown).startsWith("is is: "));
        Segment saved = documents.segment(demo().id(), row.id());
        assertThat(saved.targetText()).isEqualTo(stored);
        assertThat(saved.version()).isEqualTo(row.segment().version());
    }

    @Test
    void a_dismissed_issue_stays_hidden_while_the_text_is_the_saved_one() {
        SegmentRow row = openRowWhoseSourceHas("cuando Occidente y Kiev");
        String stored = row.segment().targetText();
        Issue kyiv = issueService.issues(demo().id()).get(row.id()).stream()
                .filter(i -> stored.substring(i.start(), i.end()).equals("kyiv")).findFirst().orElseThrow();
        issueService.dismiss(demo().id(), row.id(), kyiv, "the city's name in this style guide");

        String dismissed = "kyiv: " + kyiv.message();
        pauseAfterTyping(stored + " ");
        assertThat(underlined(stored + " ")).contains(dismissed); // another text: dismissals are for the saved one
        pauseAfterTyping(stored);
        assertThat(underlined(stored)).doesNotContain(dismissed);
    }
}
