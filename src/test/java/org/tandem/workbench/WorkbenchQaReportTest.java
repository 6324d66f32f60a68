package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.tandem.security.Role;

/** The QA report from the workbench: for translators as for editors, as a page, CSV or Excel. */
class WorkbenchQaReportTest extends WorkbenchTest {

    @Test
    void a_translator_gets_the_report_in_three_formats() {
        login("translator", Role.TRANSLATOR);
        openWorkbench(demo().id());

        ButtonKt._click(_get(Button.class, s -> s.withClasses("qa-report")));

        assertThat(_find(_get(QaReportDialog.class), Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Page (HTML)", "CSV", "Excel (XLSX)");
        assertThat(_find(_get(QaReportDialog.class), Anchor.class))
                .allSatisfy(link -> assertThat(link.getHref()).isNotBlank());
    }
}
