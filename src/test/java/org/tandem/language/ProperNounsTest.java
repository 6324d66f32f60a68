package org.tandem.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and dictionary words by LanguageTool's taggers, in each language whose proper-noun tag is known. */
class ProperNounsTest {

    private static final ProperNouns NOUNS = new ProperNouns(new WordTags(new LanguageToolPool()));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "en-US, Zelensky, NAME", "en-US, Collboni, NAME", "en-US, These, COMMON", "en-US, Then, COMMON",
            "en-US, German, EITHER", "en-US, Germany, NAME",
            "de-DE, Jahre, COMMON", "de-DE, Stunde, COMMON", "de-DE, Berlin, NAME", "de-DE, Selenskyj, NAME",
            "es, Entonces, COMMON", "es, Alemania, NAME", "es, Zelenski, NAME",
            "fr, Alors, COMMON", "fr, Allemagne, NAME",
            "pt-PT, Então, COMMON", "pt-PT, Lisboa, EITHER",
            "zh, 北京, UNKNOWN", "nl, Amsterdam, UNKNOWN"})
    void what_the_tagger_says(String lang, String word, ProperNouns.Kind kind) {
        assertThat(NOUNS.kind(word, lang)).isEqualTo(kind);
    }
}
