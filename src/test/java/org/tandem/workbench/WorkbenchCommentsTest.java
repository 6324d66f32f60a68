package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;

/** Comments from the workbench: a thread started, answered and resolved. */
class WorkbenchCommentsTest extends WorkbenchTest {

    @Test
    void starts_answers_and_resolves_a_thread() {
        Document doc = documents.importTextPair("k.es.txt", "Hola mundo.".getBytes(StandardCharsets.UTF_8),
                "k.en.txt", "Hello world.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        Segment segment = documents.segments(doc.id()).get(0);
        openWorkbench(doc.id());
        clickRow(0);

        ButtonKt._click(_get(Button.class, s -> s.withClasses("segment-comments")));
        HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withClasses("new-comment")), "Informal enough?");
        ButtonKt._click(_get(Button.class, s -> s.withText("Add comment")));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withClasses("comment-reply-field")), "Yes.");
        ButtonKt._click(_get(Button.class, s -> s.withText("Reply")));

        assertThat(commentService.comments(doc.id(), segment.id())).singleElement().satisfies(thread -> {
            assertThat(thread.first().text()).isEqualTo("Informal enough?");
            assertThat(thread.replies()).extracting(c -> c.text()).containsExactly("Yes.");
        });
        ButtonKt._click(_get(Button.class, s -> s.withClasses("comment-resolve")));
        assertThat(commentService.comments(doc.id(), segment.id()).get(0).resolved()).isTrue();
        assertThat(_find(Button.class, s -> s.withText("Reopen"))).hasSize(1);
    }
}
