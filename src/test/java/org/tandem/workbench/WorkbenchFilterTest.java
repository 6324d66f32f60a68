package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;

/** The workbench's filters: combined criteria, and an address with a filter opens the view filtered. */
class WorkbenchFilterTest extends WorkbenchTest {

    private Document doc() {
        Document doc = documents.importTextPair("filter.es.txt", "Uno.\n\nDos.\n\nTres.\n\nCuatro."
                        .getBytes(StandardCharsets.UTF_8), "filter.en.txt",
                "One.\n\nTwo.\n\nThree.\n\nFour.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        List<Segment> segments = documents.segments(doc.id());
        statusService.setStatus(doc.id(), segments.get(1).id(), SegmentStatus.REJECTED, "wrong", segments.get(1)
                .version());
        statusService.setStatus(doc.id(), segments.get(3).id(), SegmentStatus.REJECTED, "wrong", segments.get(3)
                .version());
        Segment third = documents.segment(doc.id(), segments.get(2).id());
        documents.saveTarget(doc.id(), third.id(), "Three, edited.", third.version(), null);
        return doc;
    }

    @Test
    @SuppressWarnings("unchecked")
    void statuses_text_and_changed_since_import_combine() {
        Document doc = doc();
        openWorkbench(doc.id());
        ButtonKt._click(_get(Button.class, s -> s.withClasses("toggle-filters")));

        HasValueUtilsKt._setValue(_get(MultiSelectComboBox.class, s -> s.withClasses("filter-status")),
                Set.of(SegmentStatus.REJECTED));
        assertThat(_size(grid())).isEqualTo(2);

        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("filter-text")), "four");
        assertThat(_size(grid())).isEqualTo(1);

        ButtonKt._click(_get(Button.class, s -> s.withClasses("filter-clear")));
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withClasses("filter-changed")), true);
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(grid().getDataCommunicator().getItem(0).segment().targetText()).isEqualTo("Three, edited.");
    }

    @Test
    void an_address_with_a_filter_opens_the_workbench_filtered() {
        Document doc = doc();

        UI.getCurrent().navigate("documents/" + doc.id(), QueryParameters.simple(Map.of("status", "rejected",
                "text", "two")));

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(FilterBar.class).isVisible()).isTrue();
        // progress in words too: one word per segment, none reviewed
        assertThat(_get(WorkbenchHeader.class).getElement().getTextRecursively()).contains("0/4 reviewed · 0/4 words");
        assertThat(_get(FilterBar.class).current().query())
                .isEqualTo(Map.of("status", List.of("rejected"), "text", List.of("two")));
    }
}
