package org.tandem.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run of characters without a space or a sentence mark (an endless token, a sentence of a script without spaces)
 * is a sentence of its own and never goes to Okapi's SRX rules, which take time quadratic in its length; the text
 * around it is split as before.
 */
class LongRunTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Spanish with a 40,000-letter token | es | Hola. {x40000} adiós. Fin. | Hola.;{x40000};adiós.;Fin.",
        "Chinese sentence of 120 characters, its full stop and quote kept | zh | 你好。{zh120}。”再见。 | 你好。;{zh120}。”;再见。",
        "text without long runs is split by SRX as always | en | One. Two! Three? | One.;Two!;Three?",
    })
    void a_long_run_is_a_sentence_of_its_own(String label, String lang, String paragraph, String expected) {
        List<String> sentences = TextPairReader.sentences(expand(paragraph), TextPairReader.segmenter(lang));
        assertThat(sentences).containsExactly(expand(expected).split(";"));
    }

    private static String expand(String text) {
        StringBuilder chinese = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            chinese.append((char) ('一' + (i * 37) % 500));
        }
        return text.replace("{x40000}", "x".repeat(40_000)).replace("{zh120}", chinese);
    }
}
