package org.tandem.language;

import java.util.List;
import java.util.Locale;
import org.languagetool.rules.Rule;

/**
 * LanguageTool's default rules that stay off when Tandem reviews translations, per language, each with its reason.
 * Decided from the accuracy benchmark's per-rule precision on human-annotated machine translation
 * ({@code docs/benchmarks.md}, "Review profile"): a rule that is right less often than Tandem promises for all its
 * issues (35 %) costs a reviewer more than it finds. Rules with fewer findings stay as LanguageTool has them:
 * too little evidence.
 */
public final class ReviewProfile {

    /** A rule of LanguageTool's (by id), off for a target language, and why. */
    public record Off(String language, String rule, String reason) {
    }

    /**
     * The table, as documented: each rule that found at least {@link #EVIDENCE} issues on the development set with
     * under {@link #PRECISION_PERCENT}% of them on a rater's error (Tandem's findings, after its own filters).
     */
    public static final List<Off> OFF = List.of(
            new Off("en", "COMMA_COMPOUND_SENTENCE", "optional comma before a conjunction: 1 of 48 right"),
            new Off("en", "NO_COMMA_BEFORE_INDIRECT_QUESTION", "optional comma: 0 of 9 right"),
            new Off("en", "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE", "optional comma: 2 of 14 right"),
            new Off("en", "NOUN_AROUND_IT", "wordiness advice: 2 of 16 right"),
            new Off("en", "ALL_OF_THE", "wordiness advice (all of the → all the): 0 of 7 right"),
            new Off("en", "FIRST_OF_ALL", "wordiness advice: 0 of 5 right"),
            new Off("en", "EXTREME_ADJECTIVES", "style advice (extremely angry → furious): 1 of 6 right"),
            new Off("en", "COMMA_PARENTHESIS_WHITESPACE", "spacing around commas and quotes: 7 of 22 right; "
                    + "most are MT's detokenised straight quotes, which raters let pass"),
            new Off("en", "COMMA_COMPOUND_SENTENCE_2", "optional comma before a conjunction: 2 of 9 right"),
            new Off("en", "EN_SPECIFIC_CASE", "capitals of fixed phrases (northern Europe): 1 of 5 right"),
            new Off("de", "EMPFOHLENE_ZUSAMMENSCHREIBUNG", "Duden's preference between two correct "
                    + "spellings (mit Hilfe → mithilfe): 4 of 21 right"),
            new Off("de", "DE_COMPOUNDS", "hyphenation advice on compounds: 0 of 7 right"),
            new Off("de", "DE_CASE", "capitals of nominalised words: 6 of 21 right; it flags correct "
                    + "im Allgemeinen and zum Dreifachen"),
            new Off("de", "KOMMA_ZWISCHEN_HAUPT_UND_NEBENSATZ_2", "comma advice: 2 of 10 right"),
            new Off("de", "KOMMA_INFINITIVGRUPPEN", "optional comma before infinitive groups: 3 of 10 right"),
            new Off("de", "RAN_RUM_RAUF_REIN_RAUS_RUNTER_NEU", "colloquial short forms, normal in talks: 3 of 10 "
                    + "right"),
            new Off("de", "RAN_RUM_RAUF_REIN_RAUS_RUNTER", "the same rule's older form, which fires where the new "
                    + "one is off: 3 of 10 right"),
            new Off("de", "EINHEITEN_METRISCH", "metric units for imperial ones, a choice of the client: 2 of 6 "
                    + "right"),
            new Off("de", "COMMA_PARENTHESIS_WHITESPACE", "spacing around commas and quotes: 1 of 5 right"),
            new Off("de", "ALSO", "the false friend also (en) → also (de): German also is right in most "
                    + "translations that keep it; 1 of 24 right"));

    /** Findings a rule needs on the development set before its precision decides. */
    public static final int EVIDENCE = 5;
    /** Precision under which a rule with enough evidence is off: what Tandem promises for all its issues. */
    public static final int PRECISION_PERCENT = 35;

    private ReviewProfile() {
    }

    /** Whether the rule stays off for the target language (a LanguageTool short code such as {@code de-DE}). */
    public static boolean off(Rule rule, String languageCode) {
        String base = languageCode.split("-")[0].toLowerCase(Locale.ROOT);
        return OFF.stream().anyMatch(off -> off.language().equals(base) && off.rule().equals(rule.getId()));
    }
}
