package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.language.KnownForms;
import org.tandem.language.LanguageToolPool;
import org.tandem.language.LanguageToolServers;
import org.tandem.language.LocalLanguageToolServer;
import org.tandem.language.ProperNouns;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Terminology;

/**
 * LanguageTool's part of the check sent to LanguageTool's own HTTP server (a real one, on a loopback port) finds
 * exactly what the in-process check finds, issue for issue, on the demo article and on a German and a Spanish text;
 * the first server configured is down, so every text also goes through the retry on the next.
 */
class LanguageToolServerTierTest {

    private static final Check IN_PROCESS = CheckBeans.BY_ID.get("languagetool");
    private static LocalLanguageToolServer server;
    private static LanguageToolServers servers;
    private static Check onServers;

    @BeforeAll
    static void start() {
        server = LocalLanguageToolServer.start(LocalLanguageToolServer.freePort());
        servers = new LanguageToolServers("http://127.0.0.1:" + LocalLanguageToolServer.freePort() + ","
                + server.address(), Duration.ofSeconds(30), 1000, Duration.ofMinutes(10));
        onServers = new LanguageToolCheck(CheckBeans.bean(LanguageToolPool.class), servers,
                CheckBeans.bean(ProperNouns.class), CheckBeans.bean(KnownForms.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> texts() throws IOException {
        return Stream.of(
                Arguments.of("demo article es→en", "es", "en", resource("demo/xi-putin-moscu.es.txt"),
                        resource("demo/seed-article.en-mt.txt")),
                Arguments.of("en→de", "en", "de-DE", """
                        The government passed a new law yesterday that lowers taxes for small businesses.
                        The minister said that the reform should take effect next year.
                        Many experts believe that the measures are not sufficient.
                        The opposition sharply criticised the draft and demanded a vote in the Bundestag.
                        There are many reasons why the economy is growing more slowly than expected.
                        Since last year the situation on the markets has worsened considerably.
                        This is an example of a mistake the translator made.
                        The children play in the garden while their parents work.
                        Angela Merkel met Emmanuel Macron in Paris on 5 March.""", """
                        Die Regierung hat gestern ein neues Gesetz beschlossen, das die Steuern für klein Unternehmen senkt.
                        Der Minister sagte das die Reform im nächsten Jahr in Kraft tretten soll.
                        Viele Experten sind der Meinung, dass die Massnahmen nicht ausreichend sind.
                        Die Opposition kritisierte den Entwurf scharf und forderte eine Abstimmung im Bundestag.
                        Es gibt viele gründe, warum die Wirtschaft langsamer wächst als erwartet.
                        Seit dem letzten Jahr hat sich die Lage an den Märkten deutlich verschlechtert .
                        Das ist ein Beispiel fur einen Fehler, den der der Übersetzer gemacht hat.
                        Die Kinder spielen in den Garten, während die Eltern arbeiten.
                        Angela Merkel traf Emmanuel Macron am 5. März in Paris."""),
                Arguments.of("en→es", "en", "es", """
                        The government passed a new law yesterday that lowers taxes for small businesses.
                        The minister said that the reform would take effect next year.
                        Many experts believe that the measures are not enough.
                        The opposition harshly criticised the bill and asked for a vote in parliament.
                        There are many reasons why the economy is growing more slowly than expected.
                        The children play in the garden while their parents work.
                        This is an example of a mistake the translator has made.
                        Pedro Sánchez travelled to Brussels on Monday.""", """
                        El gobierno aprobó ayer una nueva ley que reduce los impuestos para las pequeñas empresa.
                        El ministro dijo que la reforma entrara en vigor el próximo año.
                        Muchos expertos creen que las medidas no son suficientes .
                        La oposición critico duramente el proyecto y pidió una votación en el parlamento.
                        Hay muchas razones por las que la economia crece más despacio de lo esperado.
                        Los niños juegan en el el jardín mientras sus padres trabajan.
                        Esto es un ejemplo de un error que el traductor a hecho.
                        Pedro Sánchez viajó a Bruselas el lunes."""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void finds_on_the_server_what_it_finds_in_process(String name, String sourceLang, String targetLang,
                                                        String source, String target) {
        List<String> sources = paragraphs(source);
        List<String> targets = paragraphs(target);
        assertThat(sources).hasSameSizeAs(targets);
        List<Issue> inProcess = new ArrayList<>();
        List<Issue> remote = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            SegmentPair pair = new SegmentPair(sources.get(i), targets.get(i), sourceLang, targetLang,
                    Terminology.NONE);
            List<Issue> here = IN_PROCESS.check(pair);
            List<Issue> there = onServers.check(pair);
            assertThat(there).as("paragraph %d: %s", i + 1, targets.get(i)).isEqualTo(here);
            inProcess.addAll(here);
            remote.addAll(there);
        }
        // the texts have errors of several kinds, so the comparison is not between two empty lists
        assertThat(inProcess).hasSizeGreaterThanOrEqualTo(5);
        assertThat(inProcess.stream().map(Issue::itsType).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(remote).noneMatch(Issue::pending);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LanguageToolServerTierTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
