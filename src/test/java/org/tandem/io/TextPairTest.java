package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Source text + machine translation: segmentation and alignment keep every sentence, paired right. */
class TextPairTest {

    private final TranslationFiles files = new TranslationFiles();

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("equal sentences pair one to one", "es", "en",
                        "El Sr. García llegó a EE. UU. el lunes. Dijo que volvería.",
                        "Mr. García arrived in the U.S. on Monday. He said he would return.",
                        List.of("El Sr. García llegó a EE. UU. el lunes.|Mr. García arrived in the U.S. on Monday.",
                                "Dijo que volvería.|He said he would return.")),
                Arguments.of("a sentence the translation merged becomes one row with both source sentences", "de", "en",
                        "Das Wetter ist heute schön. Wir gehen spazieren. Morgen regnet es wahrscheinlich den ganzen Tag lang.",
                        "The weather is nice today, so we are going for a walk. Tomorrow it will probably rain all day long.",
                        List.of("Das Wetter ist heute schön. Wir gehen spazieren.|The weather is nice today, so we are going for a walk.",
                                "Morgen regnet es wahrscheinlich den ganzen Tag lang.|Tomorrow it will probably rain all day long.")),
                Arguments.of("an untranslated paragraph keeps its row with an empty target", "fr", "en",
                        "Le sommet s'ouvre lundi à Genève.\n\nLe ministre Dupont y rencontrera 12 délégations.\n\nLa presse attend Mme Martin mardi à Lausanne.",
                        "The summit opens Monday in Geneva.\n\nThe press expects Ms Martin in Lausanne on Tuesday.",
                        List.of("Le sommet s'ouvre lundi à Genève.|The summit opens Monday in Geneva.",
                                "Le ministre Dupont y rencontrera 12 délégations.|",
                                "La presse attend Mme Martin mardi à Lausanne.|The press expects Ms Martin in Lausanne on Tuesday.")),
                Arguments.of("lines are paragraphs when there are no blank lines", "it", "en",
                        "Titolo\nPrima frase del testo.\r\nSeconda riga.",
                        "Title\nFirst sentence of the text.\r\nSecond line.",
                        List.of("Titolo|Title", "Prima frase del testo.|First sentence of the text.",
                                "Seconda riga.|Second line.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aligns(String label, String sourceLang, String targetLang, String source, String target, List<String> rows) {
        ParsedDocument doc = files.readTextPair("s.txt", source.getBytes(StandardCharsets.UTF_8), "t.txt",
                target.getBytes(StandardCharsets.UTF_8), sourceLang, targetLang);
        assertThat(doc.segments()).extracting(s -> s.source() + "|" + s.target()).containsExactlyElementsOf(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void nothing_is_dropped(String label, String sourceLang, String targetLang, String source, String target,
                            List<String> rows) {
        ParsedDocument doc = files.readTextPair("s.txt", source.getBytes(StandardCharsets.UTF_8), "t.txt",
                target.getBytes(StandardCharsets.UTF_8), sourceLang, targetLang);
        String allSource = String.join(" ", doc.segments().stream().map(ParsedSegment::source).toList());
        String allTarget = String.join(" ", doc.segments().stream().map(ParsedSegment::target).toList());
        assertThat(allSource.replaceAll("\\s+", "")).isEqualTo(source.replaceAll("\\s+", ""));
        assertThat(allTarget.replaceAll("\\s+", "")).isEqualTo(target.replaceAll("\\s+", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void exports_valid_xliff_21_and_12_that_read_back_the_same(String label, String sourceLang, String targetLang,
                                                               String source, String target, List<String> rows) {
        ParsedDocument doc = files.readTextPair("s.txt", source.getBytes(StandardCharsets.UTF_8), "t.txt",
                target.getBytes(StandardCharsets.UTF_8), sourceLang, targetLang);
        List<TranslationFiles.SegmentText> texts = doc.segments().stream()
                .map(s -> new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), false, s.codes()))
                .toList();
        for (TranslationFiles.ExportFormat format : List.of(TranslationFiles.ExportFormat.XLIFF_2,
                TranslationFiles.ExportFormat.XLIFF_1)) {
            byte[] xliff = files.export("s.txt", DocumentFormat.TEXT_PAIR, null, sourceLang, targetLang, texts, format);
            ParsedDocument again = files.readXliff("s.xlf", xliff, null, false);
            assertThat(again.segments()).extracting(s -> s.source() + "|" + (s.target() == null ? "" : s.target()))
                    .as(format.name()).containsExactlyElementsOf(rows);
        }
    }
}
