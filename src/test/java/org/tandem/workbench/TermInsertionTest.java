package org.tandem.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A term clicked beside the segment goes over the selection or at the caret, never inside a word, spaced. */
class TermInsertionTest {

    @ParameterizedTest(name = "[{index}] {0} [{1},{2}) + {3}")
    @CsvSource(delimiter = '|', textBlock = """
            the National spokesman said.   | 6  | 6  | spokesperson | the National spokesperson spokesman said.
            the National spokesman said.   | 13 | 22 | spokesperson | the National spokesperson said.
            the National spokesman said.   | 16 | 19 | spokesperson | the National spokesperson said.
            the spokesman                  | 13 | 13 | said         | the spokesman said
            Kirby said.                    | 0  | 0  | The          | The Kirby said.
            Kirby said.                    | 5  | 5  | , spokesman, | Kirby, spokesman, said.
            ⟨1⟩Kirby⟨/1⟩ said.             | 1  | 1  | Mr           | ⟨1⟩Mr Kirby⟨/1⟩ said.
            ''                             | 0  | 0  | spokesperson | spokesperson
            The pipeline.                  | 13 | 13 | Power        | The pipeline. Power
            (Kirby)                        | 1  | 1  | Mr           | (Mr Kirby)
            """)
    void goes_to_a_word_boundary_with_spaces_and_never_glues_words(String text, int start, int end, String term,
                                                                   String expected) {
        assertThat(TermInsertion.insert(text, start, end, term)).isEqualTo(expected);
    }
}
