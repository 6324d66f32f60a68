package org.tandem.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData.Concept;
import org.tandem.io.TermbaseData.Term;
import org.tandem.language.LanguageToolPool;
import org.tandem.language.Lemmatizer;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.checks.GlossaryCheck;

/** The glossary check over a small termbase, with inflected forms in English, Spanish and German. */
class GlossaryCheckTest {

    private static final TermStatus P = TermStatus.PREFERRED;
    private static final TermStatus A = TermStatus.ADMITTED;
    private static final TermStatus D = TermStatus.DEPRECATED;
    private static final TermStatus F = TermStatus.FORBIDDEN;
    private static final LanguageToolPool POOL = new LanguageToolPool();
    private static final GlossaryTerminology TERMS = new GlossaryTerminology("test", Map.of("1", List.of(
            concept(t("es", "sanción", P, false), t("en", "sanction", P, false), t("en", "penalty", D, false),
                    t("de", "Sanktion", P, false)),
            concept(t("es", "Unión Europea", P, true), t("en", "European Union", P, true), t("en", "EU", A, true),
                    t("en", "European Community", F, true), t("de", "Europäische Union", P, true)),
            concept(t("es", "Kiev", P, true), t("en", "Kyiv", P, true), t("en", "Kiev", D, true),
                    t("en", "kyiv", F, true), t("de", "Kyjiw", P, true), t("de", "Kiew", D, true)),
            concept(t("en", "email", P, false), t("en", "e-mail", D, false), t("es", "correo electrónico", P, false),
                    t("es", "email", D, false)),
            concept(t("es", "Zelenski", P, true), t("en", "Zelensky", P, true)),
            concept(t("es", "gasoducto", P, false), t("en", "gas pipeline", P, false), t("en", "pipeline", A, false),
                    t("de", "Gaspipeline", P, false)),
            concept(t("zh", "欧盟", P, false), t("zh", "欧共体", F, false), t("ja", "欧州連合", P, false),
                    t("th", "สหภาพยุโรป", P, false), t("en", "EU", P, true)))), new Lemmatizer(POOL));

    private static Concept concept(Term... terms) {
        return new Concept("", "", "", "", List.of(terms));
    }

    private static Term t(String lang, String text, TermStatus status, boolean caseSensitive) {
        return new Term(lang, text, status, "", caseSensitive, "");
    }

    @ParameterizedTest(name = "{0}>{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', textBlock = """
            es | en-US | Las sanciones económicas siguen.      | The economic sanctions remain.       | none
            es | en-US | Las sanciones siguen.                 | The penalties remain.                | penalties → sanction
            es | en-US | Llegó a Kiev.                         | She reached Kyiv's centre.           | none
            es | en-US | Llegó a Kiev.                         | She reached kyiv.                    | kyiv → Kyiv
            es | en-US | Llegó a Kiev.                         | She reached Kiev.                    | Kiev → Kyiv
            es | en-US | Habló la Unión Europea.               | The Union spoke.                     | missing → European Union
            es | en-US | Habló la Unión Europea.               | The EU spoke.                        | none
            es | en-US | Habló la Unión Europea.               | The European Community spoke.        | European Community → European Union
            es | en-US | Un nuevo gasoducto.                   | A new gas pipeline.                  | none
            es | en-US | Dos gasoductos nuevos.                | Two new pipelines.                   | none
            en | es    | Send an email now.                    | Envía un email ahora.                | email → correo electrónico
            en | es    | Send emails now.                      | Envía correos electrónicos ahora.    | none
            en | es    | The European Union's budget.          | El presupuesto de la Unión Europea.  | none
            en | es    | The European Union's budget.          | El presupuesto de la unión europea.  | unión europea → Unión Europea
            en | es    | The budget of the EU.                 | El presupuesto.                      | missing → Unión Europea
            en | en-GB | Email is fast.                        | Email is fast.                       | none
            es | de-DE | La Unión Europea y Kiev.              | Die Europäische Union und Kyjiw.     | none
            es | de-DE | Las sanciones de la Unión Europea.    | Die Sanktionen der Europäischen Union. | none
            es | de-DE | En el centro de Kiev.                 | Im Zentrum Kiews.                    | Kiews → Kyjiw
            es | de-DE | El gasoducto.                         | Die Pipeline.                        | Pipeline → Gaspipeline
            es | de-DE | El gasoducto.                         | Die Leitung.                         | missing → Gaspipeline
            es | en-US | Habló la Unión Europea.               | The Unión Europea spoke.             | Unión Europea → European Union
            es | en-US | Habló la Unión Europea.               | The European Unity spoke.            | European Unity → European Union
            en | es    | The budget of the EU.                 | El presupuesto de la EU.             | EU → Unión Europea
            es | en-US | Nada que ver.                         | It has nothing to do with penalty kicks of the EU. | penalty → sanction
            zh | en-US | 据报道欧盟今天发言了。                      | Reportedly the Union spoke today.    | missing → EU
            zh | en-US | 据报道欧盟今天发言了。                      | Reportedly the EU spoke today.       | none
            en | zh    | Reportedly the EU spoke today.        | 据报道欧盟今天发言了。                     | none
            en | zh    | Reportedly the EU spoke today.        | 据报道欧共体今天发言了。                    | 欧共体 → 欧盟
            en | zh    | Reportedly the EU spoke today.        | 据报道联合会今天发言了。                    | missing → 欧盟
            en | ja    | Reportedly the EU spoke today.        | 報道によると欧州連合が今日発言した。            | none
            en | ja    | Reportedly the EU spoke today.        | 報道によると連合が今日発言した。               | missing → 欧州連合
            en | th    | Reportedly the EU spoke today.        | มีรายงานว่าสหภาพยุโรปแถลงวันนี้                | none
            """)
    void flags_what_the_termbase_forbids_or_requires(String sourceLang, String targetLang, String source,
                                                     String target, String expected) {
        List<Issue> issues = new GlossaryCheck().check(new SegmentPair(source, target, sourceLang, targetLang,
                TERMS));

        if (expected.equals("none")) {
            assertThat(issues).isEmpty();
            return;
        }
        String[] parts = expected.split(" → ");
        assertThat(issues).hasSize(1);
        Issue issue = issues.get(0);
        assertThat(issue.checkId()).isEqualTo("glossary");
        assertThat(issue.suggestions().get(0)).isEqualTo(parts[1]);
        if (parts[0].equals("missing")) {
            assertThat(issue.start()).isEqualTo(target.length()).isEqualTo(issue.end());
        } else {
            assertThat(target.substring(issue.start(), issue.end())).isEqualTo(parts[0]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a forbidden term is major                   | She reached kyiv.       | MAJOR
            a deprecated term is minor                  | She reached Kiev.       | MINOR
            """)
    void grades_forbidden_above_deprecated(String name, String target, String severity) {
        List<Issue> issues = new GlossaryCheck().check(new SegmentPair("Llegó a Kiev.", target, "es", "en-US",
                TERMS));

        assertThat(issues).extracting(i -> i.severity().name()).containsExactly(severity);
    }


    @ParameterizedTest(name = "with termbase: {0}")
    @CsvSource({"false, Zelenski, Zelensky", "true, Zelensky, Zelenski"})
    void name_consistency_suggests_the_form_the_glossary_allows_over_the_majority(boolean withTermbase,
                                                                                String suggested, String flagged) {
        org.tandem.qa.Terminology terms = withTermbase ? TERMS : org.tandem.qa.Terminology.NONE;
        List<SegmentPair> document = List.of(
                new SegmentPair("Habló Zelenski.", "Zelenski spoke.", "es", "en-US", terms),
                new SegmentPair("Según Zelenski.", "According to Zelenski.", "es", "en-US", terms),
                new SegmentPair("Zelenski viaja.", "Zelensky travels.", "es", "en-US", terms));

        org.tandem.language.ProperNouns properNouns = new org.tandem.language.ProperNouns(
                new org.tandem.language.WordTags(POOL));
        List<org.tandem.qa.DocumentCheck.Found> found = new org.tandem.qa.checks.NameConsistencyCheck(properNouns)
                .check(document);

        assertThat(found).isNotEmpty().allSatisfy(f -> {
            String target = document.get(f.index()).target();
            assertThat(target.substring(f.issue().start(), f.issue().end())).isEqualTo(flagged);
            assertThat(f.issue().suggestions()).containsExactly(suggested);
        });
    }
}
