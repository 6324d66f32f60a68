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
import org.tandem.document.SegmentStatus;
import org.tandem.security.Role;

/** The review workflow: approve, reject with a reason, bulk approval of clean segments, all kept in history. */
@SpringBootTest(properties = "tandem.import.max-file-size=64KB")
@WithMockUser(username = "editor", roles = "EDITOR")
class SegmentStatusTest {

    @Autowired
    DocumentService documents;

    @Autowired
    StatusService statusService;

    @Autowired
    HistoryService historyService;

    private Document pair(String source, String target) {
        return documents.importTextPair("s.es.txt", source.getBytes(StandardCharsets.UTF_8), "s.en.txt",
                target.getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    @Test
    void a_rejection_keeps_its_reason_until_the_segment_changes_again() {
        Document doc = pair("Murieron 17 personas.", "71 people died.");
        Segment s = documents.segments(doc.id()).get(0);

        Segment rejected = as("ana", Role.EDITOR, () -> statusService.setStatus(doc.id(), s.id(), SegmentStatus.REJECTED, " The number is wrong. ",
                s.version()));
        assertThat(rejected.status()).isEqualTo(SegmentStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("The number is wrong.");
        assertThat(rejected.target()).isEqualTo("71 people died.");

        Segment fixed = as("ben", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "17 people died.", rejected.version(), null));
        assertThat(fixed.status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(fixed.statusReason()).isNull();
        assertThat(historyService.history(doc.id(), s.id())).extracting(c -> c.statusBefore() + ">" + c.statusAfter())
                .containsExactly("TRANSLATED>REJECTED", "REJECTED>TRANSLATED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REJECTED | 'Hello.' | ''  | Say why segment 1 is rejected.
            APPROVED | ''       | ''  | Segment 1 has no target to approve.
            REVIEWED | ''       | ''  | Segment 1 has no target to review.
            """)
    void refuses_what_the_workflow_does_not_allow(SegmentStatus status, String target, String reason, String message) {
        Document doc = pair("Hola.", "Hello.");
        Segment first = documents.segments(doc.id()).get(0);
        Segment before = target.isEmpty()
                ? as("ana", Role.EDITOR, () -> documents.saveTarget(doc.id(), first.id(), "", first.version(), null))
                : first;

        assertThatThrownBy(() -> as("ana", Role.EDITOR, () -> statusService.setStatus(doc.id(), before.id(), status, reason, before.version())))
                .isInstanceOf(InvalidStatusException.class).hasMessage(message);
        assertThat(documents.segment(doc.id(), before.id())).isEqualTo(before);
    }

    @Test
    void approves_at_once_every_segment_without_a_major_issue() {
        // texts no other test of this context uses: check results are shared by text (DocumentServiceTest
        // rewrites a stored result on purpose)
        Document doc = pair("Llegaron 12 barcos al puerto.\n\nEl puerto sigue abierto.\n\nLa reunión terminó.",
                "21 ships reached the port.\n\nThe port remains open.\n\nThe meeting ended.");
        List<Segment> segments = documents.segments(doc.id());
        Segment rejected = as("ana", Role.EDITOR, () -> statusService.setStatus(doc.id(), segments.get(2).id(), SegmentStatus.REJECTED, "tone",
                segments.get(2).version()));

        int approved = as("ben", Role.EDITOR, () -> statusService.approveAllWithoutMajorIssues(doc.id()));

        assertThat(approved).isEqualTo(1);
        assertThat(documents.segments(doc.id())).extracting(Segment::status)
                .containsExactly(SegmentStatus.TRANSLATED, SegmentStatus.APPROVED, SegmentStatus.REJECTED);
        assertThat(documents.segment(doc.id(), rejected.id()).statusReason()).isEqualTo("tone");
        assertThat(historyService.history(doc.id(), segments.get(1).id()).get(0).who()).isEqualTo("ben");
    }

    @ParameterizedTest(name = "XLIFF {0}")
    @CsvSource(textBlock = """
            1.2, <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="es" target-language="en" datatype="plaintext"><body><trans-unit id="a"><source>Uno.</source><target state="final">One.</target></trans-unit><trans-unit id="b"><source>Dos.</source><target>Too.</target></trans-unit><trans-unit id="c"><source>Tres.</source><target>Three.</target></trans-unit></body></file></xliff>
            2.1, <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="en"><file id="f"><unit id="a"><segment state="final"><source>Uno.</source><target>One.</target></segment></unit><unit id="b"><segment><source>Dos.</source><target>Too.</target></segment></unit><unit id="c"><segment><source>Tres.</source><target>Three.</target></segment></unit></file></xliff>
            """)
    void statuses_come_from_the_file_and_go_back_into_it(String version, String xliff) {
        Document doc = documents.importXliff("st" + version + ".xlf", xliff.getBytes(StandardCharsets.UTF_8), null,
                false, DocumentService.ImportProgress.NONE);
        List<Segment> segments = documents.segments(doc.id());
        assertThat(segments).extracting(Segment::status)
                .containsExactly(SegmentStatus.APPROVED, SegmentStatus.TRANSLATED, SegmentStatus.TRANSLATED);

        statusService.setStatus(doc.id(), segments.get(1).id(), SegmentStatus.REJECTED, "Typo.", segments.get(1).version());
        statusService.setStatus(doc.id(), segments.get(2).id(), SegmentStatus.REVIEWED, null, segments.get(2).version());
        Document again = documents.importXliff("again.xlf", documents.export(doc.id(), null).content(), null, false,
                DocumentService.ImportProgress.NONE);

        assertThat(documents.segments(again.id())).extracting(Segment::status)
                .containsExactly(SegmentStatus.APPROVED, SegmentStatus.REJECTED, SegmentStatus.REVIEWED);
    }
}
