package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.review.HistoryService;

/** Search and replace across a document: preview, saved changes with history, stale segments skipped, undo. */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class ReplaceServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    ReplaceService replace;

    @Autowired
    HistoryService history;

    private static final TextSearch KIEV = new TextSearch("Kiev", false, false, true);

    private Document doc() {
        return documents.importTextPair("replace.es.txt", "Kiev es grande.\n\nLa ciudad.\n\nKiev y Kiev."
                        .getBytes(StandardCharsets.UTF_8), "replace.en.txt",
                "Kiev is big.\n\nThe city.\n\nKiev and kiev.".getBytes(StandardCharsets.UTF_8), "es", "en",
                DocumentService.ImportProgress.NONE);
    }

    @Test
    void searches_source_target_or_both_across_the_document() {
        Document doc = doc();

        assertThat(replace.search(doc.id(), KIEV, ReplaceService.Side.SOURCE)).hasSize(3);
        assertThat(replace.search(doc.id(), KIEV, ReplaceService.Side.TARGET)).hasSize(3)
                .extracting(ReplaceService.SearchHit::index).containsExactly(1, 3, 3);
        assertThat(replace.search(doc.id(), KIEV, ReplaceService.Side.BOTH)).hasSize(6);
    }

    @Test
    void a_preview_saves_nothing_and_applying_it_saves_each_segment_with_its_history() {
        Document doc = doc();
        List<Segment> before = documents.segments(doc.id());

        List<ReplaceService.Change> preview = replace.preview(doc.id(), KIEV, "Kyiv");

        assertThat(preview).extracting(ReplaceService.Change::after).containsExactly("Kyiv is big.",
                "Kyiv and Kyiv.");
        assertThat(documents.segments(doc.id())).isEqualTo(before);

        ReplaceService.Result result = replace.apply(doc.id(), preview);

        assertThat(result.skipped()).isEmpty();
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kyiv is big.", "The city.", "Kyiv and Kyiv.");
        assertThat(history.history(doc.id(), before.get(2).id())).last()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo("Kiev and kiev.");
                    assertThat(change.after()).isEqualTo("Kyiv and Kyiv.");
                    assertThat(change.who()).isEqualTo("erin");
                });
    }

    @Test
    void a_segment_saved_by_someone_since_the_preview_is_skipped_and_listed_not_overwritten() {
        Document doc = doc();
        List<ReplaceService.Change> preview = replace.preview(doc.id(), KIEV, "Kyiv");
        Segment third = documents.segments(doc.id()).get(2);
        documents.saveTarget(doc.id(), third.id(), "Kiev and kiev, said Ann.", third.version(), null);

        ReplaceService.Result result = replace.apply(doc.id(), preview);

        assertThat(result.changes()).extracting(ReplaceService.Change::index).containsExactly(1);
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.index()).isEqualTo(3);
            assertThat(skipped.reason()).contains("changed by someone else");
        });
        assertThat(documents.segment(doc.id(), third.id()).targetText()).isEqualTo("Kiev and kiev, said Ann.");
    }

    @Test
    void undo_puts_every_replaced_text_back_except_where_someone_changed_it_since() {
        Document doc = doc();
        ReplaceService.Result done = replace.apply(doc.id(), replace.preview(doc.id(), KIEV, "Kyiv"));
        Segment third = documents.segments(doc.id()).get(2);
        documents.saveTarget(doc.id(), third.id(), "Kyiv and Kyiv, said Ann.", third.version(), null);

        ReplaceService.Result undone = replace.undo(doc.id(), done);

        assertThat(undone.changes()).extracting(ReplaceService.Change::after).containsExactly("Kiev is big.");
        assertThat(undone.skipped()).extracting(ReplaceService.Skipped::index).containsExactly(3);
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kyiv and Kyiv, said Ann.");
    }

    @Test
    void excluded_segments_are_left_alone_and_a_dry_run_saves_nothing() {
        Document doc = doc();
        Segment first = documents.segments(doc.id()).get(0);

        ReplaceService.Result dry = replace.replace(doc.id(), KIEV, "Kyiv", Set.of(), true);
        ReplaceService.Result wet = replace.replace(doc.id(), KIEV, "Kyiv", Set.of(first.id()), false);

        assertThat(dry.changes()).hasSize(2);
        assertThat(wet.changes()).extracting(ReplaceService.Change::index).containsExactly(3);
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kyiv and Kyiv.");
    }
}
