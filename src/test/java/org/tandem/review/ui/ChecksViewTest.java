package org.tandem.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.KaribuTest;
import org.tandem.document.DocumentService;
import org.tandem.review.CheckSettingsService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/** Editors see each check's precision in a pair and switch checks off there; translators do not reach the page. */
class ChecksViewTest extends KaribuTest {

    @Autowired
    CheckSettingsService settings;

    @Autowired
    DocumentService documents;

    @Test
    void an_editor_switches_a_check_off_for_a_pair() {
        SignedIn.as("erin", Role.EDITOR, () -> documents.importTextPair("c.it.txt", "Ciao mondo.".getBytes(
                StandardCharsets.UTF_8), "c.en.txt", "Hello world.".getBytes(StandardCharsets.UTF_8), "it", "en",
                DocumentService.ImportProgress.NONE));
        login("erin", Role.EDITOR);
        assertThat(_find(Anchor.class, s -> s.withText("Checks"))).hasSize(1);
        UI.getCurrent().navigate(ChecksView.class);
        @SuppressWarnings("unchecked")
        Select<String> pair = _get(Select.class, s -> s.withLabel("Language pair"));
        HasValueUtilsKt._setValue(pair, "it-en");
        @SuppressWarnings("unchecked")
        Grid<CheckSettingsService.CheckRow> grid = _get(Grid.class, s -> s.withClasses("checks-grid"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).key().equals("doubled-word")).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("—");
        try {
            Checkbox on = (Checkbox) GridKt._getCellComponent(grid, row, "on");
            assertThat(on.getValue()).isTrue();
            HasValueUtilsKt._setValue(on, false);
            assertThat(SignedIn.as("erin", Role.EDITOR, () -> settings.rows("it-en")).stream()
                    .filter(r -> r.key().equals("doubled-word")).findFirst().orElseThrow().enabled()).isFalse();
        } finally {
            SignedIn.as("erin", Role.EDITOR, () -> settings.set("it-en", "doubled-word", true, null));
        }
    }

    @Test
    void translators_do_not_reach_the_checks_page() {
        login("tom", Role.TRANSLATOR);
        assertThat(_find(Anchor.class, s -> s.withText("Checks"))).isEmpty();
        UI.getCurrent().navigate(ChecksView.class);
        assertThatThrownBy(() -> _get(ChecksView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Autowired
    org.tandem.review.IssueService issues;

    @Test
    void a_rule_dismissed_for_a_document_is_listed_and_lifted() {
        var doc = SignedIn.as("erin", Role.EDITOR, () -> documents.importTextPair("lift.ky.txt",
                "Үй.".getBytes(StandardCharsets.UTF_8), "lift.en.txt",
                "This is the the house.".getBytes(StandardCharsets.UTF_8), "ky", "en",
                DocumentService.ImportProgress.NONE));
        long segment = SignedIn.as("erin", Role.EDITOR, () -> documents.segments(doc.id())).get(0).id();
        var doubled = SignedIn.as("erin", Role.EDITOR, () -> issues.issues(doc.id())).get(segment).stream()
                .filter(i -> i.checkId().equals("doubled-word")).findFirst().orElseThrow();
        SignedIn.as("erin", Role.EDITOR, () -> issues.dismiss(doc.id(), segment, doubled, null,
                org.tandem.review.IssueService.DismissScope.DOCUMENT));
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ChecksView.class);
        @SuppressWarnings("unchecked")
        Select<String> pair = _get(Select.class, s -> s.withLabel("Language pair"));
        HasValueUtilsKt._setValue(pair, "ky-en");
        @SuppressWarnings("unchecked")
        Grid<org.tandem.review.IssueService.ScopedDismissal> scoped = _get(Grid.class,
                s -> s.withClasses("scoped-dismissals"));
        assertThat(GridKt._size(scoped)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(scoped, 0)).contains("in lift.ky.txt", "doubled-word", "every finding");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(scoped, 0, "lift"));
        assertThat(scoped.isVisible()).isFalse();
        assertThat(SignedIn.as("erin", Role.EDITOR, () -> issues.issues(doc.id())).get(segment))
                .anyMatch(i -> i.checkId().equals("doubled-word"));
    }
}
