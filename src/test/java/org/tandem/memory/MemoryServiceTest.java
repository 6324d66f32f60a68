package org.tandem.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.base.data.HeavyJobs;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.ImportProperties;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.io.ImportException;
import org.tandem.io.MemoryFiles;
import org.tandem.review.StatusService;

/**
 * The memory as reviewers fill it, in the database (H2 file, and PostgreSQL in that run): approved and reviewed
 * segments kept with who and when, rejected ones leaving, imported final states, TMX in and out, and what another
 * instance stored found at once. Each test uses words of its own: the store is shared by the tests of a context.
 */
@SpringBootTest
@WithMockUser(username = "erin", roles = "EDITOR")
class MemoryServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    StatusService statuses;

    @Autowired
    MemoryService memory;

    @Autowired
    MemoryRepository repository;

    @Autowired
    MemoryFiles files;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HeavyJobs jobs;

    @Autowired
    ImportProperties limits;

    /** A word no other test uses, so that lookups see this test's units only. */
    private final String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private Document pair(String es, String en) {
        return documents.importTextPair(word + ".es.txt", es.getBytes(StandardCharsets.UTF_8), word + ".en.txt",
                en.getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    @Test
    void an_approved_or_reviewed_segment_is_kept_with_its_document_who_and_when_and_found_from_another_document() {
        Document doc = pair("El puerto de " + word + " está cerrado.\n\nLlueve en " + word + ".",
                "The port of " + word + " is closed.\n\nIt rains in " + word + ".");
        List<Segment> segments = documents.segments(doc.id());
        statuses.setStatus(doc.id(), segments.get(0).id(), SegmentStatus.APPROVED, null, segments.get(0).version());
        documents.saveTarget(doc.id(), segments.get(1).id(), "It is raining in " + word + ".",
                segments.get(1).version(), SegmentStatus.REVIEWED);

        List<MemoryMatch> matches = memory.matches("es-MX", "en-GB", "El puerto de " + word + " está abierto.",
                80, 5);

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.unit().target()).isEqualTo("The port of " + word + " is closed.");
            assertThat(m.score()).isEqualTo(85);
            assertThat(m.unit().origin()).isEqualTo(word + ".es.txt");
            assertThat(m.unit().documentId()).isEqualTo(doc.id());
            assertThat(m.unit().createdBy()).isEqualTo("erin");
            assertThat(m.sourceDiff()).extracting(MemoryMatch.Part::kind, MemoryMatch.Part::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MemoryMatch.Part.Kind.SAME, "El puerto de " + word + " está"),
                    org.assertj.core.groups.Tuple.tuple(MemoryMatch.Part.Kind.REMOVED, " cerrado"),
                    org.assertj.core.groups.Tuple.tuple(MemoryMatch.Part.Kind.ADDED, " abierto"),
                    org.assertj.core.groups.Tuple.tuple(MemoryMatch.Part.Kind.SAME, "."));
        });
        assertThat(memory.matches("es", "en-US", "Llueve en " + word + ".", 80, 5)).singleElement()
                .satisfies(m -> {
                    assertThat(m.score()).isEqualTo(100);
                    assertThat(m.unit().target()).isEqualTo("It is raining in " + word + ".");
                });
        assertThat(memory.matches("es", "de", "Llueve en " + word + ".", 50, 5)).as("another pair").isEmpty();
    }

    @Test
    void a_rejected_segment_leaves_the_memory_and_an_edit_after_approval_waits_for_the_next_approval() {
        Document doc = pair("Hoy " + word + " vuela.", "Today " + word + " flies.");
        Segment s = documents.segments(doc.id()).get(0);
        Segment approved = statuses.setStatus(doc.id(), s.id(), SegmentStatus.APPROVED, null, s.version());
        Segment edited = documents.saveTarget(doc.id(), s.id(), "Today " + word + " is flying.", approved.version(),
                null);

        assertThat(targets("Hoy " + word + " vuela.")).containsExactly("Today " + word + " flies.");

        Segment again = statuses.setStatus(doc.id(), s.id(), SegmentStatus.APPROVED, null, edited.version());
        assertThat(targets("Hoy " + word + " vuela.")).as("one unit per segment, replaced")
                .containsExactly("Today " + word + " is flying.");

        statuses.setStatus(doc.id(), s.id(), SegmentStatus.REJECTED, "Wrong tense.", again.version());
        assertThat(targets("Hoy " + word + " vuela.")).isEmpty();
    }

    @Autowired
    MemoryRecorder recorder;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void approved_segments_without_a_unit_get_one_when_the_memory_catches_up() {
        Document doc = pair("Sube " + word + ".\n\nBaja " + word + ".\n\nGira " + word + ".",
                "Up " + word + ".\n\nDown " + word + ".\n\nTurn " + word + ".");
        List<Segment> segments = documents.segments(doc.id());
        statuses.setStatus(doc.id(), segments.get(0).id(), SegmentStatus.APPROVED, null, segments.get(0).version());
        statuses.setStatus(doc.id(), segments.get(1).id(), SegmentStatus.REVIEWED, null, segments.get(1).version());
        // as a failure after an import's commit, or an approval from before the memory existed, leaves them
        jdbc.sql("delete from memory_unit where document_id = :d").param("d", doc.id()).update();

        int added = recorder.keepUnkept(doc.id(), "system");

        assertThat(added).isEqualTo(2);
        assertThat(memory.concordance("es", "en", word, MemoryService.Side.SOURCE, 10).units())
                .extracting(MemoryUnit::target, MemoryUnit::createdBy)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Up " + word + ".", "erin"),
                        org.assertj.core.groups.Tuple.tuple("Down " + word + ".", "erin"));
        assertThat(recorder.keepUnkept(doc.id(), "system")).as("nothing twice").isZero();
    }

    @Test
    void units_outlive_the_document_they_were_approved_in() {
        Document doc = pair("El faro de " + word + " brilla.", "The " + word + " lighthouse shines.");
        Segment s = documents.segments(doc.id()).get(0);
        statuses.setStatus(doc.id(), s.id(), SegmentStatus.APPROVED, null, s.version());

        documents.delete(doc.id());

        MemoryService another = new MemoryService(repository, files, transaction, jobs, limits);
        assertThat(another.matches("es", "en", "El faro de " + word + " brilla.", 100, 5)).singleElement()
                .satisfies(m -> {
                    assertThat(m.unit().target()).isEqualTo("The " + word + " lighthouse shines.");
                    assertThat(m.unit().documentId()).isNull();
                    assertThat(m.unit().origin()).isEqualTo(word + ".es.txt");
                });
    }

    @Test
    void the_same_source_approved_with_different_targets_shows_the_inconsistency() {
        Document first = pair("Pulse " + word + ".", "Press " + word + ".");
        Document second = pair("Pulse " + word + ".", "Click " + word + ".");
        for (Document doc : List.of(first, second)) {
            Segment s = documents.segments(doc.id()).get(0);
            statuses.setStatus(doc.id(), s.id(), SegmentStatus.APPROVED, null, s.version());
        }

        List<MemoryMatch> matches = memory.matches("es", "en", "Pulse " + word + ".", 80, 5);

        assertThat(matches).hasSize(2).allSatisfy(m -> assertThat(m.otherTargets()).hasSize(1));
        assertThat(matches.get(0).unit().target()).as("the newer first").isEqualTo("Click " + word + ".");
        assertThat(matches.get(0).otherTargets()).containsExactly("Press " + word + ".");
    }

    @Test
    void segments_a_file_brings_in_as_final_or_signed_off_are_kept_on_import() {
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>
                <trans-unit id="1"><source>Close the %1$s.</source><target state="final">Fermez le %1$s.</target></trans-unit>
                <trans-unit id="2"><source>Open the %1$s.</source><target state="signed-off">Ouvrez le %1$s.</target></trans-unit>
                <trans-unit id="3"><source>Turn the %1$s.</source><target state="translated">Tournez le %1$s.</target></trans-unit>
                </body></file></xliff>""".formatted(word);
        documents.importXliff(word + ".xlf", xliff.getBytes(StandardCharsets.UTF_8), null, false,
                DocumentService.ImportProgress.NONE);

        MemoryService.Concordance found = memory.concordance("en", "fr", word, MemoryService.Side.SOURCE, 10);

        assertThat(found.units()).extracting(MemoryUnit::target)
                .containsExactlyInAnyOrder("Fermez le " + word + ".", "Ouvrez le " + word + ".");
    }

    @Test
    void a_tmx_file_is_loaded_once_and_given_back_with_what_reviewers_approved() {
        byte[] tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en-US" segtype="sentence" creationtool="x" creationtoolversion="1"
                  o-tmf="x" adminlang="en" datatype="plaintext"/><body>
                <tu creationid="client" creationdate="20250101T000000Z"><tuv xml:lang="en-US"><seg>Restart the %1$s now.</seg></tuv>
                <tuv xml:lang="pt-BR"><seg>Reinicie o %1$s agora.</seg></tuv></tu>
                <tu><tuv xml:lang="en-US"><seg>Stop the %1$s.</seg></tuv><tuv xml:lang="pt-BR"><seg>Pare o %1$s.</seg></tuv></tu>
                </body></tmx>""".formatted(word).getBytes(StandardCharsets.UTF_8);

        MemoryService.Imported first = memory.importTmx(word + ".tmx", tmx);
        MemoryService.Imported second = memory.importTmx(word + ".tmx", tmx);

        assertThat(first.units()).isEqualTo(2);
        assertThat(first.pairs()).containsExactly("en-US → pt-BR: 2");
        assertThat(second.units()).isZero();
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(memory.matches("en", "pt", "Restart the " + word + " later.", 50, 5)).first()
                .satisfies(m -> {
                    assertThat(m.unit().createdBy()).isEqualTo("client");
                    assertThat(m.unit().origin()).isEqualTo(word + ".tmx");
                });

        String exported = new String(memory.exportTmx("en-US", "pt-BR"), StandardCharsets.UTF_8);
        assertThat(exported).contains("Reinicie o " + word + " agora.", "Pare o " + word + ".", "creationid=\"client\"");
        assertThat(files.read("back.tmx", exported.getBytes(StandardCharsets.UTF_8)).units())
                .extracting(u -> u.target()).contains("Reinicie o " + word + " agora.", "Pare o " + word + ".");
    }

    @Test
    void a_broken_tmx_is_refused_by_name_and_stores_nothing() {
        byte[] broken = ("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Fix "
                + word + "</seg></tuv><tuv xml:lang=\"de\"><seg>Repariere").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> memory.importTmx("broken.tmx", broken)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.tmx");
        assertThat(memory.concordance("en", "de", word, MemoryService.Side.BOTH, 5).total()).isZero();
    }

    @Test
    void units_another_instance_stored_are_found_at_the_next_lookup() {
        // another instance: its own indexes over the same database
        MemoryService other = new MemoryService(repository, files, transaction, jobs, limits);
        assertThat(other.matches("es", "en", "Nieva en " + word + ".", 90, 5)).isEmpty();

        Document doc = pair("Nieva en " + word + ".", "It snows in " + word + ".");
        Segment s = documents.segments(doc.id()).get(0);
        Segment approved = statuses.setStatus(doc.id(), s.id(), SegmentStatus.APPROVED, null, s.version());
        assertThat(other.matches("es", "en", "Nieva en " + word + ".", 90, 5)).singleElement()
                .satisfies(m -> assertThat(m.unit().target()).isEqualTo("It snows in " + word + "."));

        statuses.setStatus(doc.id(), s.id(), SegmentStatus.REJECTED, "No.", approved.version());
        assertThat(other.matches("es", "en", "Nieva en " + word + ".", 90, 5)).isEmpty();
    }

    @Test
    @WithMockUser(username = "tom", roles = "TRANSLATOR")
    void translators_look_up_but_only_editors_load_or_export_memories() {
        assertThat(memory.matches("en", "de", "anything " + word, 50, 5)).isEmpty();
        assertThatThrownBy(() -> memory.importTmx("x.tmx", new byte[] {1})).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memory.exportTmx("en", "de")).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> targets(String source) {
        return memory.matches("es", "en", source, 100, 5).stream().map(m -> m.unit().target()).toList();
    }
}
