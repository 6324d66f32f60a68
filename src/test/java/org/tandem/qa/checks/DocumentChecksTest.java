package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.SegmentPair;

/** Document checks over small documents: what each flags ("segment:covered text→suggestion") or nothing. */
class DocumentChecksTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(new NameConsistencyCheck(), "es", "en", List.of(
                        "La ministra Angela Merkell habló.|Minister Angela Merkell spoke.",
                        "Merkell añadió que…|Merkel added that…",
                        "Según Merkell, …|According to Merkel, …"),
                        List.of("0:Merkell→Merkel")),
                Arguments.of(new NameConsistencyCheck(), "de", "en", List.of(
                        "Präsident Selenskyj sprach.|President Zelenskyy spoke.",
                        "Selenskyj reiste ab.|Selenskyj left."),
                        List.of("1:Selenskyj→Zelenskyy")),
                Arguments.of(new NameConsistencyCheck(), "es", "en", List.of(
                        "Vladímir Putin y Volodímir Zelenski.|Vladimir Putin and Volodimir Zelensky.",
                        "Rusia y Ucrania.|Russia and Ukraine.",
                        "Los rusos.|The Russians."),
                        List.of()),
                Arguments.of(new NameConsistencyCheck(), "en", "de", List.of(
                        "Russia and the Russian army.|Russland und die russische Armee.",
                        "China and Chinese goods.|China und chinesische Waren."),
                        List.of()),
                Arguments.of(new MixedQuotesCheck(), "es", "en", List.of(
                        "«Sí», dijo.|“Yes,” he said.",
                        "«No», dijo.|“No,” he said.",
                        "«Quizá».|\"Maybe.\""),
                        List.of("2:\"", "2:\"")),
                Arguments.of(new MixedQuotesCheck(), "es", "en", List.of(
                        "«Sí», dijo.|\"Yes,\" he said.",
                        "«No».|\"No.\""),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("documents")
    void flags_exactly(DocumentCheck check, String sourceLang, String targetLang, List<String> rows,
                       List<String> expected) {
        List<SegmentPair> pairs = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.split("\\|", 2);
            pairs.add(new SegmentPair(parts[0], parts[1], sourceLang, targetLang));
        }
        List<String> found = check.check(pairs).stream().map(f -> {
            String target = pairs.get(f.index()).target();
            String covered = target.substring(f.issue().start(), f.issue().end());
            return f.index() + ":" + covered + (f.issue().suggestions().isEmpty() ? ""
                    : "→" + f.issue().suggestions().get(0));
        }).toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }
}
