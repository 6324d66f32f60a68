package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.security.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.security.Role;

/** Comments per segment: threads with replies, resolved and reopened, counted while open. */
@SpringBootTest(properties = "tandem.import.max-file-size=64KB")
@WithMockUser(username = "editor", roles = "EDITOR")
class SegmentCommentsTest {

    @Autowired
    DocumentService documents;

    @Autowired
    CommentService commentService;

    private Document doc() {
        return documents.importTextPair("c.es.txt", "Primera frase.\n\nSegunda frase.".getBytes(StandardCharsets.UTF_8),
                "c.en.txt", "First sentence.\n\nSecond sentence.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
    }

    @Test
    void threads_hold_replies_and_are_resolved_and_reopened_by_a_reply() {
        Document doc = doc();
        Segment s = documents.segments(doc.id()).get(0);
        Comment first = as("ana", Role.EDITOR, () -> commentService.comment(doc.id(), s.id(), null, "  Is 'sentence' right here?  "));
        as("ben", Role.EDITOR, () -> commentService.comment(doc.id(), s.id(), first.id(), "Yes, it is the glossary term."));
        as("ana", Role.EDITOR, () -> commentService.comment(doc.id(), s.id(), null, "Check the tone."));

        List<Comment.Thread> threads = commentService.comments(doc.id(), s.id());
        assertThat(threads).hasSize(2);
        assertThat(threads.get(0).first().text()).isEqualTo("Is 'sentence' right here?");
        assertThat(threads.get(0).replies()).extracting(Comment::author).containsExactly("ben");
        assertThat(commentService.openThreads(doc.id())).containsEntry(s.id(), 2);

        as("carla", Role.EDITOR, () -> commentService.resolve(doc.id(), s.id(), first.id(), true));
        assertThat(commentService.comments(doc.id(), s.id()).get(0).resolved()).isTrue();
        assertThat(commentService.comments(doc.id(), s.id()).get(0).first().resolvedBy()).isEqualTo("carla");
        assertThat(commentService.openThreads(doc.id())).containsEntry(s.id(), 1);

        as("dan", Role.EDITOR, () -> commentService.comment(doc.id(), s.id(), first.id(), "Reopening: the client disagrees."));
        assertThat(commentService.comments(doc.id(), s.id()).get(0).resolved()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty          | '   '   | false | A comment needs some text.
            another thread | 'Hi'    | true  | has no thread
            """)
    void refuses_a_bad_comment(String name, String text, boolean wrongThread, String message) {
        Document doc = doc();
        Segment first = documents.segments(doc.id()).get(0);
        Segment second = documents.segments(doc.id()).get(1);
        Comment other = as("ana", Role.EDITOR, () -> commentService.comment(doc.id(), second.id(), null, "Elsewhere."));

        assertThatThrownBy(() -> as("ana", Role.EDITOR, () -> commentService.comment(doc.id(), first.id(), wrongThread ? other.id() : null, text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(commentService.comments(doc.id(), first.id())).isEmpty();
    }

    @Test
    void refuses_a_comment_over_the_limit() {
        Document doc = doc();
        Segment s = documents.segments(doc.id()).get(0);

        assertThatThrownBy(() -> as("ana", Role.EDITOR, () -> commentService.comment(doc.id(), s.id(), null, "x".repeat(Comment.MAX_LENGTH + 1)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
    }
}
