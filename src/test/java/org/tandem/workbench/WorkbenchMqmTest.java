package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.review.MqmDimension;
import org.tandem.review.MqmError;
import org.tandem.review.MqmService;
import org.tandem.review.MqmSeverity;
import org.tandem.review.ui.LqaView;
import org.tandem.security.Role;

/** Marking MQM errors in the workbench, confirming an issue in one click, and the LQA report page. */
class WorkbenchMqmTest extends WorkbenchTest {

    @Autowired
    MqmService review;

    private Document doc;
    private SegmentRow row;

    private void open() {
        doc = documents.importTextPair("m.es.txt", "El gasoducto llega hoy a Pekín.".getBytes(StandardCharsets.UTF_8),
                "m.en.txt", "The the pipeline arrives in Beijing today.".getBytes(StandardCharsets.UTF_8), "es",
                "en-US", DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        row = clickRow(0);
    }

    @Test
    void an_issue_is_confirmed_as_an_mqm_error_in_one_click_and_shown_beside_the_segment() {
        open();
        ButtonKt._click(_find(Button.class, s -> s.withClasses("confirm-mqm")).get(0));

        assertThat(review.errors(doc.id())).singleElement().satisfies(e -> {
            assertThat(e.checkId()).isNotNull();
            assertThat(e.who()).isEqualTo("editor");
        });
        assertThat(_find(Span.class, s -> s.withClasses("mqm-head"))).hasSize(1);
    }

    @Test
    void a_reviewer_marks_a_span_with_dimension_type_severity_and_comment() {
        open();
        ButtonKt._click(_get(Button.class, s -> s.withClasses("mark-mqm")));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Text of the target")), "pipeline");
        @SuppressWarnings("unchecked")
        Select<MqmDimension> dimension = _get(Select.class, s -> s.withLabel("Dimension"));
        HasValueUtilsKt._setValue(dimension, MqmDimension.TERMINOLOGY);
        @SuppressWarnings("unchecked")
        Select<String> type = _get(Select.class, s -> s.withLabel("Type"));
        HasValueUtilsKt._setValue(type, "wrong-term");
        @SuppressWarnings("unchecked")
        Select<MqmSeverity> severity = _get(Select.class, s -> s.withLabel("Severity"));
        HasValueUtilsKt._setValue(severity, MqmSeverity.MAJOR);
        ButtonKt._click(_get(Button.class, s -> s.withText("Mark")));

        MqmError error = review.errors(doc.id()).get(0);
        assertThat(error.highlighted()).isEqualTo("pipeline");
        assertThat(error.start()).isEqualTo(8);
        assertThat(error.dimension()).isEqualTo(MqmDimension.TERMINOLOGY);
        assertThat(error.type()).isEqualTo("wrong-term");
        assertThat(error.severity()).isEqualTo(MqmSeverity.MAJOR);

        UI.getCurrent().navigate(LqaView.class, new RouteParameters("id", String.valueOf(doc.id())));
        assertThat(_get(Span.class, s -> s.withClasses("lqa-result")).getText()).isEqualTo("Fail");
        // 6 source words, penalty 5: 100 × (1 − 5/6)
        assertThat(_get(Paragraph.class, s -> s.withClasses("lqa-summary")).getText())
                .startsWith("Quality score 16.67 (threshold 99.00)");
    }

    @Test
    void translators_see_the_errors_but_get_no_marking_controls() {
        open();
        review.mark(doc.id(), row.id(), new MqmService.Marking(0, 3, MqmDimension.STYLE, "other",
                MqmSeverity.MINOR, null));
        login("tina", Role.TRANSLATOR);
        openWorkbench(doc.id());
        clickSegment(documents.segment(doc.id(), row.id()));

        assertThat(_find(Span.class, s -> s.withClasses("mqm-head"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withClasses("mark-mqm"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("confirm-mqm"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("remove-mqm"))).isEmpty();
    }

    @Test
    void confirming_an_issue_twice_records_one_error_and_shows_it_confirmed() {
        open();
        ButtonKt._click(_find(Button.class, s -> s.withClasses("confirm-mqm")).get(0));
        Button again = _find(Button.class, s -> s.withClasses("confirm-mqm")).get(0);

        assertThat(again.getText()).isEqualTo("Confirmed as MQM error");
        assertThat(again.isEnabled()).isFalse();
        assertThat(mqm.errors(doc.id())).hasSize(1);
    }
}
