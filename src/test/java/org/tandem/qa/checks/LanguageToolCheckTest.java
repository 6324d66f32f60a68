package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.TermEntry;
import org.tandem.qa.TermMatch;
import org.tandem.qa.Terminology;

/**
 * What Tandem keeps of LanguageTool's findings in a translation: each row is a pair, a rule of LanguageTool, the text
 * it covers and how many issues of that rule on that text Tandem reports ({@code 0}: none). The rows that expect
 * none are findings LanguageTool makes on its own; the test checks that too, so that no row passes by silence.
 */
class LanguageToolCheckTest {

    private static final Check CHECK = CheckBeans.BY_ID.get("languagetool");

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4} on [{5}] ×{6}")
    @CsvSource(delimiter = '|', value = {
            // a name, Latin term or code the source has, in any case, is not misspelt
            "en | de-DE | I took pictures of helianthemum in Dorset.     | Ich habe Bilder von Helianthemum in Dorset gemacht. | GERMAN_SPELLER_RULE | Helianthemum | 0",
            "en | de-DE | A relativity group at NASA Goddard.           | Eine Gruppe der NASA Goddard.               | GERMAN_SPELLER_RULE | Goddard | 0",
            "zh | en-US | 我们用MacroBot做实验。                             | We experiment with MacroBott and MacroBot.  | MORFOLOGIK_RULE_EN_US | MacroBot | 0",
            "ko | en-US | MacroBot은 로봇이다.                                 | MacroBot is a robot, unlike MacroBott.      | MORFOLOGIK_RULE_EN_US | MacroBot | 0",
            "en | es    | The island of Kekertsuatsiak is small.          | La isla de Kekertsuatsiak es pequeña.       | MORFOLOGIK_RULE_ES | Kekertsuatsiak | 0",
            // the same with a genitive or plural s on either side
            "en | de-DE | There is truth in John Donne's words.          | In John Donnes Worten steckt Wahrheit.      | GERMAN_SPELLER_RULE | Donnes | 0",
            "de | en-US | Die Küste Kekertsuatsiaks ist steil.            | Kekertsuatsiak's coast is steep.            | MORFOLOGIK_RULE_EN_US | Kekertsuatsiak | 0",
            "en | es    | The Kekertsuatsiak's shores are steep.          | Las costas de los Kekertsuatsiaks son escarpadas. | MORFOLOGIK_RULE_ES | Kekertsuatsiaks | 0",
            "en | de-DE | The wasp is small.                              | Die Wasps ist klein.                        | GERMAN_SPELLER_RULE | Wasps | 1",
            // a quotation the source has word for word is quoted on purpose; one the source lacks is checked
            "en | de-DE | There is truth in Donne's \"No man is an island.\" | Es steckt Wahrheit in Donnes „No man is an island“. | GERMAN_SPELLER_RULE | island | 0",
            "es | en-US | El lema «Hasta la victoria siempre» es famoso.  | The motto \"Hasta la victoria siempre\" is famous. | MORFOLOGIK_RULE_EN_US | Hasta | 0",
            "de | es    | Das Motto „Wir schaffen das“ ist bekannt.       | El lema «Wir schaffen das» es famoso.       | MORFOLOGIK_RULE_ES | schaffen | 0",
            "en | de-DE | He said: \"We go home.\"                          | Er sagte: „Wir gehn nach Hause“.            | GERMAN_SPELLER_RULE | gehn | 1",
            "en | es    | A \"great\" wasp and a \"small\" one.              | Una \"gran\" wasp y una \"pequeña\".           | MORFOLOGIK_RULE_ES | wasp | 1",
            // a common word of the source left in the target is still flagged: likely untranslated
            "en | de-DE | The wasp is small.                              | Die wasp ist klein.                         | GERMAN_SPELLER_RULE | wasp | 1",
            "en | de-DE | There is a dam past the spadix.                 | Es gibt einen Damm hinter dem Spadix.       | GERMAN_SPELLER_RULE | Spadix | 1",
            "zh | en-US | 我们用MacroBot做实验。                             | We experiment with MacroBott.               | MORFOLOGIK_RULE_EN_US | MacroBott | 1",
            // the source's own typography kept is no error of the translation; spacing the source lacks is
            "en | es    | Mobility . . . . . and trust.                  | Movilidad . . . . . y confianza.            | COMMA_PARENTHESIS_WHITESPACE | ' .' | 0",
            "en | fr    | Mobility . . . . . and trust.                  | Mobilité . . . . . et confiance.            | COMMA_PARENTHESIS_WHITESPACE | ' .' | 0",
            "en | fr    | Hello, world.                                   | Bonjour , le monde.                         | COMMA_PARENTHESIS_WHITESPACE | ' ,' | 1",
            "en | es    | Hello, world.                                   | Hola , mundo.                               | COMMA_PARENTHESIS_WHITESPACE | ' ,' | 1",
            // a comparative or superlative the tagger derives from a known adjective is German; an invented verb's
            // participle the tagger also derives is not
            "en | de-DE | Kids do worse in more unequal societies.        | Kinder schneiden in ungleicheren Gesellschaften schlechter ab. | GERMAN_SPELLER_RULE | ungleicheren | 0",
            "en | de-DE | The most tangible of them.                      | Die fassbarsten von ihnen.                  | GERMAN_SPELLER_RULE | fassbarsten | 0",
            "en | de-DE | The light is lensed around it.                  | Das Licht wird darum herumgelinst.          | GERMAN_SPELLER_RULE | herumgelinst | 1",
            // one finding of a rule on the same text is reported once per segment
            "en | de-DE | They fight the Cylons and the Cylons win.      | Sie kämpfen gegen die Zylonen und die Zylonen siegen. | GERMAN_SPELLER_RULE | Zylonen | 1",
            "es | en-US | Los cilones luchan y los cilones ganan.        | The Cylonns fight and the Cylonns win.      | MORFOLOGIK_RULE_EN_US | Cylonns | 1",
    })
    void keeps_what_the_table_says(String sourceLang, String targetLang, String source, String target, String rule,
                                   String covered, int expected) {
        SegmentPair pair = new SegmentPair(source, target, sourceLang, targetLang);
        if (expected == 0) {
            assertThat(raw(targetLang, target)).as("LanguageTool alone finds it")
                    .anyMatch(m -> m.getRule().getId().equals(rule)
                            && target.substring(m.getFromPos(), m.getToPos()).equals(covered));
        }
        assertThat(count(CHECK.check(pair), rule, target, covered)).isEqualTo(expected);
    }

    /** Rules of LanguageTool's own defaults that the review profile leaves out: found alone, not by Tandem. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "en-US | First of all, we need to talk about the budget.             | FIRST_OF_ALL",
            "en-US | I went to the store and she went to the cinema.             | COMMA_COMPOUND_SENTENCE",
            "en-US | He is extremely angry.                                      | EXTREME_ADJECTIVES",
            "de-DE | Mit Hilfe einer Kettensäge brachte er den Baum zu Fall.     | EMPFOHLENE_ZUSAMMENSCHREIBUNG",
    })
    void the_review_profile_leaves_out(String targetLang, String target, String rule) {
        assertThat(raw(targetLang, target)).as("LanguageTool alone finds it")
                .anyMatch(m -> m.getRule().getId().equals(rule));
        assertThat(CHECK.check(new SegmentPair("x", target, "fr", targetLang)))
                .noneMatch(issue -> rule.equals(issue.rule()));
    }

    @org.junit.jupiter.api.Test
    void the_review_profile_leaves_out_a_false_friend() throws Exception {
        String source = "We also went home.";
        String target = "Wir gingen also nach Hause.";
        org.languagetool.Language en = org.languagetool.Languages.getLanguageForShortCode("en-US");
        org.languagetool.Language de = org.languagetool.Languages.getLanguageForShortCode("de-DE");
        List<org.languagetool.rules.bitext.BitextRule> rules = org.languagetool.tools.Tools.getBitextRules(en, de);
        assertThat(org.languagetool.tools.Tools.checkBitext(source, target, new org.languagetool.JLanguageTool(en),
                new org.languagetool.JLanguageTool(de), rules)).as("LanguageTool alone finds it")
                .anyMatch(m -> m.getRule().getId().equals("ALSO"));
        assertThat(CHECK.check(new SegmentPair(source, target, "en", "de-DE")))
                .noneMatch(issue -> "ALSO".equals(issue.rule()));
    }

    /** The profile names rules LanguageTool has: an upgrade that renames one must not leave it silently on. */
    @org.junit.jupiter.api.Test
    void every_rule_of_the_review_profile_exists() throws Exception {
        java.util.Map<String, java.util.Set<String>> idsByLanguage = new java.util.HashMap<>();
        for (org.tandem.language.ReviewProfile.Off off : org.tandem.language.ReviewProfile.OFF) {
            java.util.Set<String> ids = idsByLanguage.computeIfAbsent(off.language(), code -> {
                org.languagetool.Language language = org.languagetool.Languages.getLanguageForShortCode(
                        java.util.Map.of("en", "en-US", "de", "de-DE").getOrDefault(code, code));
                java.util.Set<String> all = new java.util.HashSet<>();
                new org.languagetool.JLanguageTool(language).getAllRules().forEach(rule -> all.add(rule.getId()));
                try {
                    org.languagetool.tools.Tools.getBitextRules(
                            org.languagetool.Languages.getLanguageForShortCode("en-US"), language)
                            .forEach(rule -> all.add(rule.getId()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return all;
            });
            assertThat(ids).as(off.language() + " has " + off.rule()).contains(off.rule());
        }
    }

    private static final java.util.Map<String, org.languagetool.JLanguageTool> RAW =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** LanguageTool at its default settings. */
    private static List<org.languagetool.rules.RuleMatch> raw(String lang, String text) {
        try {
            return RAW.computeIfAbsent(lang, l -> new org.languagetool.JLanguageTool(
                    org.languagetool.Languages.getLanguageForShortCode(l))).check(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{1}: {2} in the termbase")
    @CsvSource(delimiter = '|', value = {
            "en | de-DE | Die Zylonen kommen.      | Zylonen",
            "en | en-US | The Cylonns are coming.  | Cylonns",
            "en | es    | Los cilonnes llegan.     | cilonnes",
    })
    void a_termbase_word_is_not_misspelt(String sourceLang, String targetLang, String target, String term) {
        SegmentPair without = new SegmentPair("x", target, sourceLang, targetLang);
        assertThat(CHECK.check(without)).as("misspelt without the termbase")
                .anyMatch(issue -> "misspelling".equals(issue.itsType())
                        && target.substring(issue.start(), issue.end()).equals(term));
        Terminology termbase = new Terminology() {
            @Override
            public String fingerprint() {
                return term;
            }

            @Override
            public List<TermMatch> find(String text, String lang) {
                int at = text.indexOf(term);
                return at < 0 ? List.of() : List.of(new TermMatch(at, at + term.length(),
                        new TermEntry("c1", lang, term, TermEntry.Usage.PREFERRED, true), true));
            }

            @Override
            public List<TermEntry> entries(String conceptKey, String lang) {
                return List.of();
            }
        };
        SegmentPair with = new SegmentPair("x", target, sourceLang, targetLang, termbase);
        assertThat(CHECK.check(with)).noneMatch(issue -> "misspelling".equals(issue.itsType())
                && target.substring(issue.start(), issue.end()).equals(term));
    }

    private static long count(List<Issue> issues, String rule, String target, String covered) {
        return issues.stream().filter(issue -> rule.equals(issue.rule())
                && target.substring(issue.start(), issue.end()).equals(covered)).count();
    }
}
