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
import org.tandem.document.SegmentChange;
import org.tandem.document.SegmentStatus;
import org.tandem.document.StaleSegmentException;
import org.tandem.security.Role;

/** Every saved change is kept (who, when, before, after), diffed word by word and can be restored. */
@SpringBootTest(properties = "tandem.import.max-file-size=64KB")
@WithMockUser(username = "editor", roles = "EDITOR")
class SegmentHistoryTest {

    @Autowired
    DocumentService documents;

    @Autowired
    HistoryService historyService;

    private Segment first(Document doc) {
        return documents.segments(doc.id()).get(0);
    }

    private Document pair(String source, String target) {
        return documents.importTextPair("h.es.txt", source.getBytes(StandardCharsets.UTF_8), "h.en.txt",
                target.getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    @Test
    void keeps_every_change_with_who_when_before_after_and_status() {
        Document doc = pair("La guerra en Kiev.", "The war in kyiv.");
        Segment s = first(doc);

        Segment v1 = as("ana", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "The war in Kyiv.", s.version(), null));
        as("ben", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "The war in Kyiv.", v1.version(), SegmentStatus.REVIEWED));

        List<SegmentChange> changes = historyService.history(doc.id(), s.id());
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.before()).isEqualTo("The war in kyiv.");
            assertThat(c.after()).isEqualTo("The war in Kyiv.");
            assertThat(c.who()).isEqualTo("ana");
            assertThat(c.version()).isEqualTo(v1.version());
            assertThat(c.statusAfter()).isEqualTo(SegmentStatus.TRANSLATED);
            assertThat(c.at()).isNotNull();
        });
        assertThat(changes.get(1).who()).isEqualTo("ben");
        assertThat(changes.get(1).statusBefore()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(changes.get(1).statusAfter()).isEqualTo(SegmentStatus.REVIEWED);
    }

    @Test
    void a_refused_save_leaves_no_change_behind() {
        Document doc = pair("Hola.", "Hello.");
        Segment s = first(doc);
        as("ana", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "Hi.", s.version(), null));

        assertThatThrownBy(() -> as("ben", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "Hey.", s.version(), null)))
                .isInstanceOf(StaleSegmentException.class);
        assertThat(historyService.history(doc.id(), s.id())).extracting(SegmentChange::after).containsExactly("Hi.");
    }

    @Test
    void restores_an_earlier_version_as_a_new_change() {
        Document doc = pair("Hola.", "Hello.");
        Segment s = first(doc);
        Segment v1 = as("ana", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "Hi.", s.version(), null));
        Segment v2 = as("ben", Role.EDITOR, () -> documents.saveTarget(doc.id(), s.id(), "Hey there.", v1.version(), null));
        SegmentChange firstChange = historyService.history(doc.id(), s.id()).get(0);

        Segment restored = as("carla", Role.EDITOR, () -> historyService.revert(doc.id(), s.id(), firstChange.id(), false, v2.version()));
        assertThat(restored.target()).isEqualTo("Hi.");
        Segment original = as("carla", Role.EDITOR, () -> historyService.revert(doc.id(), s.id(), firstChange.id(), true, restored.version()));
        assertThat(original.target()).isEqualTo("Hello.");

        assertThat(historyService.history(doc.id(), s.id())).extracting(SegmentChange::after)
                .containsExactly("Hi.", "Hey there.", "Hi.", "Hello.");
        assertThatThrownBy(() -> as("dan", Role.EDITOR, () -> historyService.revert(doc.id(), s.id(), firstChange.id(), false, v2.version())))
                .isInstanceOf(StaleSegmentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            The war in kyiv.          ; The war in Kyiv.              ; =The war in |-kyiv|+Kyiv|=.
            50,000 million dollars    ; 50 billion dollars            ; =50|-,000|= |-million|+billion|= dollars
            Click ⟨1⟩here⟨/1⟩ now.    ; Click ⟨1⟩there⟨/1⟩ now.       ; =Click ⟨1⟩|-here|+there|=⟨/1⟩ now.
            same text                 ; same text                     ; =same text
            ''                        ; new                           ; +new
            """)
    void diffs_word_by_word(String older, String newer, String expected) {
        String rendered = String.join("|", WordDiff.between(older, newer).stream().map(p -> switch (p.kind()) {
            case SAME -> "=" + p.text();
            case ADDED -> "+" + p.text();
            case REMOVED -> "-" + p.text();
        }).toList());

        assertThat(rendered).isEqualTo(expected);
    }
}
