package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;

/** Approving, rejecting with a reason and approving all clean segments from the workbench. */
class WorkbenchReviewTest extends WorkbenchTest {

    private Document doc;

    private SegmentRow open(int index) {
        if (doc == null) {
            doc = documents.importTextPair("r.es.txt", "Murieron 17 personas.\n\nTodo en orden.\n\nLa reunión terminó."
                    .getBytes(StandardCharsets.UTF_8), "r.en.txt", "71 people died.\n\nAll in order.\n\nThe meeting ended."
                    .getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
        }
        openWorkbench(doc.id());
        return clickRow(index);
    }

    @Test
    void approves_rejects_with_a_reason_and_approves_the_rest() {
        SegmentRow second = open(1);
        ButtonKt._click(_get(Button.class, s -> s.withClasses("approve-segment")));
        assertThat(documents.segment(doc.id(), second.id()).status()).isEqualTo(SegmentStatus.APPROVED);

        SegmentRow third = open(2);
        ButtonKt._click(_get(Button.class, s -> s.withClasses("reject-segment")));
        ButtonKt._click(_get(Button.class, s -> s.withText("Reject")));
        assertThat(documents.segment(doc.id(), third.id()).status()).isEqualTo(SegmentStatus.TRANSLATED);
        HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withClasses("reject-reason")), "Too literal.");
        ButtonKt._click(_get(Button.class, s -> s.withText("Reject")));
        Segment rejected = documents.segment(doc.id(), third.id());
        assertThat(rejected.status()).isEqualTo(SegmentStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Too literal.");

        ButtonKt._click(_get(Button.class, s -> s.withClasses("approve-all")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .startsWith("No segment can be approved");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        List<SegmentStatus> statuses = documents.segments(doc.id()).stream().map(Segment::status).toList();
        // the first has a major issue (17 → 71), the third was rejected
        assertThat(statuses).containsExactly(SegmentStatus.TRANSLATED, SegmentStatus.APPROVED, SegmentStatus.REJECTED);
    }

    @Test
    void editing_an_approved_segment_says_that_it_is_translated_again() {
        SegmentRow second = open(1);
        ButtonKt._click(_get(Button.class, s -> s.withClasses("approve-segment")));

        type("Everything is in order.");

        assertThat(documents.segment(doc.id(), second.id()).status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(_get(Span.class, s -> s.withClasses("save-state")).getText())
                .isEqualTo("Saved segment 2. It was approved; changed, it is translated again.");
    }

    @Test
    void approve_all_says_how_many_it_approves_and_how_many_of_them_have_minor_issues() {
        open(0);
        ButtonKt._click(_get(Button.class, s -> s.withClasses("approve-all")));

        // the first has a major issue (17 → 71); the other two are clean
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .startsWith("This approves 2 segments").contains("0 of them still have minor issues");
    }
}
