package org.tandem.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A suggestion that would glue two words gets the space it lacks; others stay as the check made them. */
class SuggestionsTest {

    @ParameterizedTest(name = "[{index}] {0} [{1},{2}) → «{3}»")
    @CsvSource(delimiter = '|', textBlock = """
            by the ,ICC      | 3  | 8  | the      | 'the '
            by the ,ICC      | 6  | 8  | ','      | ','
            the the war      | 0  | 4  | ''       | ''
            war-crimes       | 3  | 4  | ''       | ' '
            kyiv said        | 0  | 4  | Kyiv     | Kyiv
            He said.         | 8  | 8  | Kirby    | Kirby
            Kirbysaid.       | 5  | 5  | ' said'  | ' said '
            """)
    void spaces_a_suggestion_that_would_glue_words(String target, int start, int end, String suggestion,
                                                    String expected) {
        Issue issue = new Issue("x", Categories.SPELLING, Severity.MINOR, start, end, "m", List.of(suggestion), "x");

        assertThat(Suggestions.spaced(target, issue).suggestions()).containsExactly(expected);
    }
}
