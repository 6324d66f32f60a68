package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.language.LanguageToolPool;
import org.tandem.language.ProperNouns;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.SegmentPair;

/** Document checks over small documents: what each flags ("segment:covered text→suggestion") or nothing. */
class DocumentChecksTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(names(), "es", "en", List.of(
                        "La ministra Angela Merkel habló.|Minister Angela Merkell spoke.",
                        "Merkel añadió que…|Merkell added that…",
                        "Según Merkel, …|According to Merkel, …"),
                        List.of("0:Merkell→Merkel", "1:Merkell→Merkel")), // the source's form over a majority of one
                Arguments.of(names(), "es", "en", List.of(
                        "El alcalde Jaume Collboni habló.|Mayor Jaume Collboni spoke.",
                        "Collboni añadió que…|Colboni added that…"),
                        List.of("1:Colboni→Collboni")), // a tie: the source's spelling, on the deviant segment
                Arguments.of(names(), "zh", "en", List.of(
                        "科尔博尼市长说。|Mayor Colboni said.",
                        "科尔博尼补充说。|Colboni added.",
                        "科尔博尼走了。|Collboni left."),
                        List.of("2:Collboni→Colboni")),
                Arguments.of(names(), "zh", "en", List.of(
                        "这些振动传播。|These vibrations travel.",
                        "然后它们融合。|Then they merge.",
                        "这是曲线。|This is a curve. They are curves. Ever since then."),
                        List.of()), // dictionary words at sentence starts are not names
                Arguments.of(names(), "zh", "en", List.of(
                        "一些瑞典人归类了婴儿死亡。|Some Swedes classified infant deaths.",
                        "瑞典很平等。|Sweden is equal, as Sweden was."),
                        List.of()), // two words of the dictionary are two names, not one spelled two ways
                Arguments.of(names(), "es", "de", List.of(
                        "Los austriacos votaron.|Die Österreicher stimmten ab.",
                        "Austria votó.|Österreich stimmte ab, wie Österreich immer."),
                        List.of()),
                Arguments.of(names(), "en", "de", List.of(
                        "Two years ago.|Vor zwei Jahren.",
                        "One year later.|Ein Jahr später kam die Stunde.",
                        "It stood.|Der Stand der Dinge."),
                        List.of()), // German nouns are capitalised, not names
                Arguments.of(names(), "en", "en", List.of(
                        "Germany|Germany and German goods.",
                        "German|The German army."),
                        List.of()),
                Arguments.of(names(), "de", "en", List.of(
                        "Präsident Selenskyj sprach.|President Zelenskyy spoke.",
                        "Selenskyj reiste ab.|Selenskyj left."),
                        List.of("1:Selenskyj→Zelenskyy")),
                Arguments.of(names(), "es", "en", List.of(
                        "Vladímir Putin y Volodímir Zelenski.|Vladimir Putin and Volodimir Zelensky.",
                        "Rusia y Ucrania.|Russia and Ukraine.",
                        "Los rusos.|The Russians."),
                        List.of()),
                Arguments.of(names(), "en", "de", List.of(
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
                        List.of()),
                Arguments.of(new AddressFormCheck(), "en", "de", List.of(
                        "Now you see it.|Jetzt sehen Sie es.",
                        "You know that: it is true.|Das wissen Sie: Es stimmt.",
                        "Can you hear it?|Kannst du es hören?",
                        "They say: \"Do you want it?\"|Sie sagen: „Willst du es?“"),
                        List.of("2:du")), // the minority form, on the segment that has it; not in quoted speech
                Arguments.of(new AddressFormCheck(), "en", "es", List.of(
                        "You know it.|Usted lo sabe.",
                        "As you see.|Como usted ve.",
                        "Do you hear it?|¿Tú lo oyes?"),
                        List.of("2:Tú")),
                Arguments.of(new AddressFormCheck(), "en", "de", List.of(
                        "They see it.|Jetzt sehen sie es, und sie lachen: Sie wissen es.",
                        "Do you know?|Weißt du es?",
                        "Your house.|Dein Haus."),
                        List.of()), // "sie" (they) and a capital after a colon say nothing: du is all there is
                Arguments.of(new AddressFormCheck(), "en", "de", List.of(
                        "You see.|Jetzt sehen Sie es.",
                        "Do you?|Weißt du es?"),
                        List.of()), // a tie: no telling which was meant
                Arguments.of(new SegmentConsistencyCheck(), "en", "de", List.of(
                        "(Laughter)|(Lachen)",
                        "It works.|Es funktioniert.",
                        "(Laughter)|(Lachen)",
                        "(Laughter)|(Gelächter)"),
                        List.of("3:Gelächter")), // the same source, the rarer rendering, on the words that differ
                Arguments.of(new SegmentConsistencyCheck(), "es", "en", List.of(
                        "Gracias.|Thank you.",
                        "Muchas gracias.|Thank you.",
                        "Adiós.|Goodbye."),
                        List.of("1:Thank you.")), // one translation for two sources: the later on a tie
                Arguments.of(new SegmentConsistencyCheck(), "zh", "es", List.of(
                        "谢谢。|Gracias.",
                        "谢谢。 |Gracias.",
                        "2020|2020",
                        "2020|2020."),
                        List.of()), // whitespace folded; segments without letters left out
                Arguments.of(new AddressFormCheck(), "de", "en", List.of(
                        "Sehen Sie?|Do you see?",
                        "Siehst du?|Do you see?"),
                        List.of()));
    }

    private static NameConsistencyCheck names() {
        return new NameConsistencyCheck(new ProperNouns(new org.tandem.language.WordTags(new LanguageToolPool())));
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
