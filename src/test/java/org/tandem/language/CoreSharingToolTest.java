package org.tandem.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/** Spreading one check over both cores must not change what LanguageTool finds. */
class CoreSharingToolTest {

    private static ExecutorService shared;

    @BeforeAll
    static void start() {
        shared = new ForkJoinPool(2);
    }

    @AfterAll
    static void stop() {
        shared.shutdownNow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-US | He go to school yesterday. Their is a problem with the the engine. This are bad news, i think.
            es    | Los niño juegan en el parque. La casa es muy bonito. Ayer fuimos a la playa y y nadamos mucho.
            de-DE | Das ist ein kleines Haus. Er gehen nach Hause. Wir haben das Auto gestern gekauft, aber es ist kaput.
            """)
    void finds_the_same_matches_in_parallel_as_on_one_thread(String tag, String text) throws Exception {
        Language language = Languages.getLanguageForShortCode(tag);
        List<String> plain = describe(new JLanguageTool(language).check(text));
        List<String> parallel = describe(new CoreSharingTool(language, shared, 2).check(text));

        assertThat(plain).isNotEmpty();
        assertThat(parallel).containsExactlyInAnyOrderElementsOf(plain);
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + "@" + m.getFromPos() + "-" + m.getToPos()).toList();
    }
}
