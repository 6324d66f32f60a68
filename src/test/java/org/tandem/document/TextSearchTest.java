package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.base.web.BadRequestException;

/**
 * Finding and replacing in one text: each row a text, what to find (plain or regex, case, whole words), the
 * replacement, the text after ({@code =} for unchanged) and how many hits. {@code ⟨1⟩…⟨/1⟩} and {@code ⟨2/⟩} are
 * inline codes, which are never hit.
 */
class TextSearchTest {

    @ParameterizedTest(name = "[{0}] /{1}/ regex={2} case={3} word={4} → [{6}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // plain text, any case
            "Visit Kyiv and kyiv.                | kyiv    | false | false | false | Kyiv     | Visit Kyiv and Kyiv.      | 2",
            // case matters when asked
            "Visit Kyiv and kyiv.                | kyiv    | false | true  | false | Kyiv     | Visit Kyiv and Kyiv.      | 1",
            // whole words: not inside another word, Unicode letters included
            "Kiev, Kievan Rus, Kiev's            | Kiev    | false | false | true  | Kyiv     | Kyiv, Kievan Rus, Kyiv's  | 2",
            "straße und Straßenbahn              | straße  | false | false | true  | Gasse    | Gasse und Straßenbahn     | 1",
            // plain text is literal: dots and dollars mean themselves
            "Costs 3.5 $ or 3x5.                 | 3.5 $   | false | false | false | 3,50 $1  | Costs 3,50 $1 or 3x5.     | 1",
            // a regular expression with groups
            "50.000 millones y 7.000 millones    | (\\d+)\\.(\\d{3}) | true | false | false | $1,$2 | 50,000 millones y 7,000 millones | 2",
            "colour, flavour                     | (\\w+)our | true | false | true | $1or     | color, flavor             | 2",
            // inline codes are never hit, nor is a match that overlaps one
            "Klicken ⟨1⟩Speichern⟨/1⟩ um 1 Uhr ⟨2/⟩ | 1       | false | false | false | eins     | Klicken ⟨1⟩Speichern⟨/1⟩ um eins Uhr ⟨2/⟩ | 1",
            "Klicken ⟨1⟩Speichern⟨/1⟩            | n ⟨1⟩S  | false | false | false | x        | =                         | 0",
            "Klicken ⟨1⟩Speichern⟨/1⟩ jetzt      | Speichern⟨/1⟩ | false | false | false | Sichern | = | 0",
            // the text inside a paired code is text
            "Klicken ⟨1⟩Speichern⟨/1⟩            | Speichern | false | false | false | Sichern | Klicken ⟨1⟩Sichern⟨/1⟩  | 1",
            // empty matches are no hits
            "abc                                 | x*      | true  | false | false | y        | =                         | 0",
            // nothing found
            "Nothing here.                       | Kyiv    | false | false | false | Kyiv     | =                         | 0",
            // an empty replacement deletes
            "the the house                       | the\\s+(?=the) | true | false | false | ''    | the house                 | 1",
    })
    void finds_and_replaces(String text, String find, boolean regex, boolean caseSensitive, boolean wholeWord,
                            String replacement, String expected, int hits) {
        TextSearch search = new TextSearch(find, regex, caseSensitive, wholeWord);

        Optional<String> replaced = search.replace(text, search.pattern(), replacement,
                new TextSearch.Deadline(System.nanoTime() + TextSearch.BUDGET_NANOS));

        assertThat(search.hits(text)).hasSize(hits);
        assertThat(replaced.orElse("=")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "(unclosed    | true  | x       | is not valid",
            "''           | false | x       | is empty",
            "a            | false | ⟨1/⟩    | cannot write inline codes",
            "a            | false | ⟨       | cannot write inline codes",
            "(a)          | true  | $2      | cannot be used",
    })
    void refuses_what_cannot_work_with_a_message(String find, boolean regex, String replacement, String message) {
        assertThatThrownBy(() -> {
            TextSearch search = new TextSearch(find, regex, false, false);
            TextSearch.requireNoCode(replacement);
            search.replace("a b a", search.pattern(), replacement,
                    new TextSearch.Deadline(System.nanoTime() + TextSearch.BUDGET_NANOS));
        }).isInstanceOf(BadRequestException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "[{0}] /{1}/ hit {2} → [{4}]")
    @CsvSource(delimiter = '|', value = {
            // only the chosen hit changes
            "Kiev, Kiev and Kiev | Kiev      | 1 | Kyiv  | Kiev, Kyiv and Kiev",
            // groups of a regular expression, looking behind the hit for a whole word
            "3.5 and 4.5         | (\\d)\\.(\\d) | 1 | $1,$2 | 3.5 and 4,5",
            // a hit the text no longer has is not replaced
            "Kiev and Kyiv       | Kiev      | 5 | Kyiv  | =",
    })
    void replaces_one_hit(String text, String find, int nth, String replacement, String expected) {
        TextSearch search = new TextSearch(find, find.contains("\\"), true, true);
        java.util.List<TextSearch.Hit> hits = search.hits(text);
        TextSearch.Hit hit = nth < hits.size() ? hits.get(nth) : new TextSearch.Hit(9, 13);

        assertThat(search.replaceOne(text, hit, replacement).orElse("=")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void a_regular_expression_that_backtracks_without_end_is_stopped() {
        TextSearch search = new TextSearch("(.*a){12}x", true, true, false);
        String text = "a".repeat(40) + "!";

        assertThatThrownBy(() -> search.hits(text, search.pattern(),
                new TextSearch.Deadline(System.nanoTime() + 200_000_000L)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("took too long");
    }
}
