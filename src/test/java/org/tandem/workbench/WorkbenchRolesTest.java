package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.document.SegmentStatus;
import org.tandem.document.ui.DocumentsView;
import org.tandem.glossary.ui.GlossaryView;
import org.tandem.security.Role;

/** What each role sees in the workbench, the document list and the glossaries, and what the services refuse. */
class WorkbenchRolesTest extends WorkbenchTest {

    private static boolean visible(com.vaadin.flow.component.Component c) {
        return c.isVisible() && c.getParent().map(WorkbenchRolesTest::visible).orElse(true);
    }

    private static long count(Class<? extends com.vaadin.flow.component.Component> type,
                              Predicate<com.vaadin.flow.component.Component> which) {
        return _find(type).stream().filter(which).filter(WorkbenchRolesTest::visible).count();
    }

    private static boolean hasClass(com.vaadin.flow.component.Component c, String name) {
        return c.getElement().getClassList().contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            TRANSLATOR, false
            EDITOR,     true
            ADMIN,      true
            """)
    void review_export_and_glossary_changes_are_shown_to_editors_only(Role role, boolean editor) {
        login(role.name().toLowerCase(java.util.Locale.ROOT), role);
        SegmentRow row = openRowWhoseSourceHas("Kiev");

        int shown = editor ? 1 : 0;
        assertThat(count(Button.class, b -> hasClass(b, "approve-segment"))).isEqualTo(shown);
        assertThat(count(Button.class, b -> hasClass(b, "reject-segment"))).isEqualTo(shown);
        assertThat(count(Button.class, b -> hasClass(b, "approve-all"))).isEqualTo(shown);
        assertThat(count(Button.class, b -> hasClass(b, "choose-termbases"))).isEqualTo(shown);
        assertThat(count(Button.class, b -> hasClass(b, "add-to-glossary"))).isEqualTo(shown);
        assertThat(count(Anchor.class, a -> hasClass(a, "export-link")) > 0).isEqualTo(editor);
        // nothing empty where a translator has nothing: no "Export:" group, no MQM heading over no errors
        assertThat(text(_get(WorkbenchHeader.class)).contains("Export")).isEqualTo(editor);
        assertThat(count(MqmPanel.class, p -> true)).as("the MQM section").isEqualTo(shown);
        // what every role does: edit, comment, see the history
        assertThat(count(Button.class, b -> hasClass(b, "segment-comments"))).isEqualTo(1);
        assertThat(count(Button.class, b -> hasClass(b, "segment-history"))).isEqualTo(1);

        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(count(Upload.class, u -> true) > 0).isEqualTo(editor);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.tandem.document.Document> list = _get(
                com.vaadin.flow.component.grid.Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(list, 0, "actions").getChildren()
                .filter(c -> c instanceof Button b && "Delete".equals(b.getText())).count()).isEqualTo(shown);

        UI.getCurrent().navigate(GlossaryView.class);
        assertThat(count(Button.class, b -> b instanceof Button btn && "Add concept".equals(btn.getText())))
                .isEqualTo(shown);
        assertThat(count(Upload.class, u -> true) > 0).isEqualTo(editor);
    }

    @org.junit.jupiter.api.Test
    void a_translator_saves_and_comments_but_the_service_refuses_an_approval() {
        login("tina", Role.TRANSLATOR);
        SegmentRow row = openRowWhoseSourceHas("Kiev");
        var segment = documents.segment(demo().id(), row.id());

        var saved = documents.saveTarget(demo().id(), row.id(), segment.targetText(), segment.version(), null);
        commentService.comment(demo().id(), row.id(), null, "Kyiv or Kiev?");
        assertThat(historyService.history(demo().id(), row.id()).get(historyService.history(demo().id(), row.id()).size() - 1)
                .who()).isEqualTo("tina");
        assertThatThrownBy(() -> statusService.setStatus(demo().id(), row.id(), SegmentStatus.APPROVED, null,
                saved.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statusService.approveAllWithoutMajorIssues(demo().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.delete(demo().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.segment(demo().id(), row.id()).status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(_get(WorkbenchView.class)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void ctrl_enter_confirms_a_translators_segment_as_translated_not_reviewed() {
        var doc = documents.importTextPair("t.es.txt", "Llueve en Lima.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "t.en.txt", "It rains in Lima.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "es", "en-US",
                org.tandem.document.DocumentService.ImportProgress.NONE);
        var first = documents.segments(doc.id()).get(0);
        statusService.setStatus(doc.id(), first.id(), SegmentStatus.REJECTED, "Say where.", first.version());
        login("tina", Role.TRANSLATOR);
        openWorkbench(doc.id());
        clickRow(0);

        press(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);

        assertThat(documents.segment(doc.id(), first.id()).status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(historyService.history(doc.id(), first.id())).last()
                .satisfies(c -> assertThat(c.who()).isEqualTo("tina"));
    }
}
