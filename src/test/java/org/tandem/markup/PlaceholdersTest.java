package org.tandem.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

    /** A segment with a paired code 1 and a standalone code 2. */
    private static final List<InlineCode> CODES = List.of(
            new InlineCode(1, InlineCode.Kind.OPEN, "g", "<g id=\"1\">"),
            new InlineCode(1, InlineCode.Kind.CLOSE, "g", "</g>"),
            new InlineCode(2, InlineCode.Kind.EMPTY, "x", "<x id=\"2\"/>"));
    private static final Set<String> REQUIRED = Set.of("⟨1⟩", "⟨/1⟩", "⟨2/⟩");

    @ParameterizedTest(name = "keeps: {0}")
    @CsvSource(delimiter = '|', value = {
            "Klicken ⟨1⟩Sie⟨/1⟩ hier ⟨2/⟩",
            "⟨2/⟩⟨1⟩⟨/1⟩",
            "⟨1⟩a ⟨2/⟩ b⟨/1⟩",
    })
    void edits_that_keep_every_code_in_order_pass(String edit) {
        assertThat(Placeholders.problems(edit, CODES, REQUIRED)).isEmpty();
    }

    @ParameterizedTest(name = "refuses: {0}")
    @CsvSource(delimiter = '|', value = {
            "Klicken ⟨1⟩Sie⟨/1⟩ hier         | Code ⟨2/⟩ was removed",
            "Klicken ⟨/1⟩Sie⟨1⟩ hier ⟨2/⟩     | Code ⟨/1⟩ closes a code that is not open before it.",
            "Klicken ⟨1⟩Sie hier ⟨2/⟩         | Code ⟨/1⟩ was removed",
            "⟨1⟩a⟨/1⟩ ⟨2/⟩ ⟨2/⟩               | Code ⟨2/⟩ appears more than once.",
            "⟨1⟩a⟨/1⟩ ⟨2/⟩ ⟨3/⟩               | Code ⟨3/⟩ does not belong to this segment.",
            "⟨1⟩a⟨/1⟩ ⟨2/ b                   | A code placeholder is broken",
    })
    void edits_that_drop_or_break_a_code_name_it(String edit, String problem) {
        assertThat(Placeholders.problems(edit, CODES, REQUIRED)).anySatisfy(p -> assertThat(p).contains(problem));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "a ⟨1⟩b⟨/1⟩ c⟨2/⟩ | a b c",
            "no codes       | no codes",
    })
    void plain_text_drops_the_tokens(String text, String plain) {
        assertThat(Placeholders.plain(text)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "nesting: {0}")
    @CsvSource(delimiter = '|', value = {
            "⟨1⟩a⟨3⟩b⟨/1⟩c⟨/3⟩ ⟨2/⟩ | Code ⟨/1⟩ closes before ⟨3⟩ is closed: codes must nest.",
    })
    void overlapping_paired_codes_are_refused(String edit, String problem) {
        List<InlineCode> codes = new java.util.ArrayList<>(CODES);
        codes.add(new InlineCode(3, InlineCode.Kind.OPEN, "g", "<g id=\"3\">"));
        codes.add(new InlineCode(3, InlineCode.Kind.CLOSE, "g", "</g>"));
        assertThat(Placeholders.problems(edit, codes, REQUIRED)).contains(problem);
    }
}
