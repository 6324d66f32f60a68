package org.tandem.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Fuzzy scores, candidates, concordance and inconsistencies of one language pair's index. */
class MemoryIndexTest {

    private long ids;
    private final MemoryIndex index = new MemoryIndex();

    private MemoryUnit unit(String source, String target, String when) {
        return new MemoryUnit(++ids, "en", "de", source, target, null, null, "test", "anna", Instant.parse(when));
    }

    private MemoryUnit add(String source, String target) {
        return add(source, target, "2026-01-01T00:00:00Z");
    }

    private MemoryUnit add(String source, String target, String when) {
        MemoryUnit unit = unit(source, target, when);
        index.apply(List.of(new MemoryRepository.Change(unit, ids, false)), ids);
        return unit;
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The file was saved.                      | The file was saved.                      | 100
            The file was saved.                      | The file  was saved.                     | 99
            The file was saved.                      | the file was saved.                      | 99
            The file was saved.                      | The file was saved!                      | 80
            The file was saved.                      | The file was not saved.                  | 83
            The file was saved.                      | The folder was deleted.                  | 60
            Click ⟨1⟩Save⟨/1⟩ to keep your changes.  | Click ⟨3⟩Save⟨/3⟩ to keep your changes.  | 99
            Click ⟨1⟩Save⟨/1⟩ to keep your changes.  | Click Save to keep your changes.         | 77
            Das Gerät wird geprüft.                  | Das Gerat wird gepruft.                  | 92
            我们签署了一项声明。                       | 我们签署了一项协议。                       | 80
            """)
    void scores_a_source_by_token_edit_distance(String stored, String looked, int expected) {
        add(stored, "x");
        assertThat(index.lookup(looked, 1, 5)).singleElement().extracting(MemoryIndex.Hit::score)
                .isEqualTo(expected);
    }

    @Test
    void finds_the_best_matches_first_among_many_and_nothing_below_the_minimum() {
        for (int i = 0; i < 2_000; i++) {
            add("Filler sentence number " + i + " about the weather in town.", "Füllsatz " + i);
        }
        add("The printer is out of paper.", "Der Drucker hat kein Papier mehr.", "2026-01-01T00:00:00Z");
        add("The printer is out of toner.", "Der Drucker hat keinen Toner mehr.", "2026-01-02T00:00:00Z");
        add("The scanner is out of order.", "Der Scanner ist außer Betrieb.");

        // equal scores: the newer first
        List<MemoryIndex.Hit> hits = index.lookup("The printer is out of ink.", 50, 5);

        assertThat(hits).extracting(h -> h.unit().target(), MemoryIndex.Hit::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Der Drucker hat keinen Toner mehr.", 85),
                org.assertj.core.groups.Tuple.tuple("Der Drucker hat kein Papier mehr.", 85),
                org.assertj.core.groups.Tuple.tuple("Der Scanner ist außer Betrieb.", 71));
        assertThat(index.lookup("The printer is out of ink.", 86, 5)).isEmpty();
        assertThat(index.lookup("Completely unrelated words here", 50, 5)).isEmpty();
    }

    @Test
    void the_same_pair_from_several_documents_is_one_match_and_a_different_target_is_an_inconsistency() {
        add("Press Start.", "Drücken Sie Start.", "2026-01-01T00:00:00Z");
        add("Press Start.", "Drücken Sie Start.", "2026-02-01T00:00:00Z");
        add("Press  Start.", "Drücken Sie auf Start.", "2026-03-01T00:00:00Z");

        List<MemoryIndex.Hit> hits = index.lookup("Press Start.", 50, 5);

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).unit().target()).isEqualTo("Drücken Sie Start.");
        assertThat(hits.get(0).count()).isEqualTo(2);
        assertThat(hits.get(0).otherTargets()).containsExactly("Drücken Sie auf Start.");
        assertThat(hits.get(1).otherTargets()).containsExactly("Drücken Sie Start.");
    }

    @Test
    void a_removed_or_replaced_unit_is_no_longer_found() {
        MemoryUnit first = add("Open the lid.", "Öffnen Sie den Deckel.");
        index.apply(List.of(new MemoryRepository.Change(first, ++ids, true)), ids);
        assertThat(index.lookup("Open the lid.", 50, 5)).isEmpty();
        assertThat(index.size()).isZero();

        MemoryUnit second = add("Close the lid.", "Schließen Sie die Klappe.");
        MemoryUnit changed = new MemoryUnit(second.id(), "en", "de", "Close the lid.", "Schließen Sie den Deckel.",
                null, null, "test", "berta", Instant.parse("2026-05-01T00:00:00Z"));
        index.apply(List.of(new MemoryRepository.Change(changed, ++ids, false)), ids);
        assertThat(index.lookup("Close the lid.", 50, 5)).singleElement()
                .satisfies(h -> assertThat(h.unit().target()).isEqualTo("Schließen Sie den Deckel."));
        assertThat(index.holds("Close  the lid.", "Schließen Sie den Deckel.")).isTrue();
        assertThat(index.holds("Close the lid.", "Schließen Sie die Klappe.")).isFalse();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            printer       | BOTH   | 2
            PRINTER       | SOURCE | 2
            Drucker       | TARGET | 2
            Drucker       | SOURCE | 0
            out of paper  | SOURCE | 1
            paper out     | SOURCE | 0
            Deckel        | BOTH   | 0
            außer         | TARGET | 1
            ausser        | TARGET | 0
            """)
    void concordance_finds_a_word_or_phrase_on_either_side(String phrase, String side, int expected) {
        add("The printer is out of paper.", "Der Drucker hat kein Papier mehr.");
        add("Is the printer on?", "Ist der Drucker an?");
        add("The scanner is out of order.", "Der Scanner ist außer Betrieb.");

        MemoryIndex.Found found = index.concordance(phrase, !side.equals("TARGET"), !side.equals("SOURCE"), 10);

        assertThat(found.total()).isEqualTo(expected);
        assertThat(found.units()).hasSize(expected);
    }

    @Test
    void concordance_lists_the_newest_first_and_counts_all() {
        List<String> order = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            add("Line " + i + " of the manual.", "Zeile " + i, "2026-01-%02dT00:00:00Z".formatted(i));
        }
        MemoryIndex.Found found = index.concordance("manual", true, false, 3);
        found.units().forEach(u -> order.add(u.target()));
        assertThat(found.total()).isEqualTo(12);
        assertThat(order).containsExactly("Zeile 12", "Zeile 11", "Zeile 10");
    }
}
