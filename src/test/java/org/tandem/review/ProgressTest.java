package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;

/** Progress in segments and in source words (ICU word counts), per status. */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class ProgressTest {

    @Autowired
    DocumentService documents;

    @Autowired
    StatusService statuses;

    @Test
    void counts_segments_and_source_words_per_status() {
        Document doc = documents.importTextPair("progress.es.txt", ("El gobierno aprobó 3 leyes.\n\nDos palabras."
                        + "\n\n¿Y ahora qué?").getBytes(StandardCharsets.UTF_8), "progress.en.txt",
                "The government passed 3 laws.\n\nTwo words.\n\nAnd now what?".getBytes(StandardCharsets.UTF_8), "es", "en",
                DocumentService.ImportProgress.NONE);
        List<Segment> segments = documents.segments(doc.id());
        statuses.setStatus(doc.id(), segments.get(0).id(), SegmentStatus.APPROVED, null, segments.get(0).version());
        documents.saveTarget(doc.id(), segments.get(2).id(), "", segments.get(2).version(), null);

        StatusService.Progress progress = statuses.progress(doc.id());

        assertThat(progress.total()).isEqualTo(new StatusService.Count(3, 10));
        assertThat(progress.reviewed()).isEqualTo(new StatusService.Count(1, 5));
        assertThat(progress.byStatus().get(SegmentStatus.APPROVED)).isEqualTo(new StatusService.Count(1, 5));
        assertThat(progress.byStatus().get(SegmentStatus.TRANSLATED)).isEqualTo(new StatusService.Count(1, 2));
        assertThat(progress.byStatus().get(SegmentStatus.NEW)).isEqualTo(new StatusService.Count(1, 3));
        assertThat(progress.byStatus().get(SegmentStatus.REJECTED)).isEqualTo(new StatusService.Count(0, 0));
    }
}
