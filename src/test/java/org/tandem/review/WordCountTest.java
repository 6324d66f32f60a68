package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluation word counts by ICU's word rules: punctuation and spaces are not words, numbers are, an elided article
 * stays with its word (L'accord), and Chinese and Japanese are split by ICU's dictionaries (東京/で/会議/が/あり/ます).
 */
class WordCountTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The war in Kyiv, 2024.                 | 5
            es | El gasoducto costará 50.000 millones.  | 5
            de | Die Sanktionen der Europäischen Union  | 5
            fr | L'accord n'est pas signé.              | 4
            zh | 我们在北京开会                            | 4
            ja | 東京で会議があります                        | 6
            en | ' … — !'                               | 0
            en | ''                                     | 0
            """)
    void counts_words_of_the_source(String language, String text, int words) {
        assertThat(WordCount.of(text, language)).isEqualTo(words);
    }
}
