package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.Precedence;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;
import org.tandem.qa.TermEntry;
import org.tandem.qa.TermMatch;
import org.tandem.qa.Terminology;

/**
 * Enforces the document's termbases: a deprecated or forbidden term in the target (suggesting the preferred one),
 * a case-sensitive term written in another case, and a source term whose required translation is missing from the
 * target. Terms match in any inflection (lemmas), so {@code sanciones} finds {@code sanción} and {@code Kyiv's}
 * finds {@code Kyiv}.
 */
@Component
public class GlossaryCheck implements Check {

    private static final String CATEGORY = Categories.TERMBASE;

    @Override
    public String id() {
        return "glossary";
    }

    /** The termbases have the last word on how a term is written: overlapping issues of other checks give way. */
    @Override
    public Precedence precedence() {
        return Precedence.TERMINOLOGY;
    }

    @Override
    public String name() {
        return "Glossary";
    }

    @Override
    public String description() {
        return "The document's termbases: deprecated or forbidden terms, required translations missing, terms in the "
                + "wrong case.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        Terminology terminology = pair.terminology();
        if (terminology == Terminology.NONE || pair.target().isBlank()) {
            return List.of();
        }
        String target = pair.maskedTarget();
        List<TermMatch> inSource = terminology.find(pair.maskedSource(), pair.sourceLang()).stream()
                .filter(TermMatch::exactCase).toList();
        Set<String> sourceConcepts = new HashSet<>();
        inSource.forEach(m -> sourceConcepts.add(m.entry().conceptKey()));
        List<TermMatch> inTarget = terminology.find(target, pair.targetLang());
        Set<String> present = new HashSet<>();
        for (TermMatch m : inTarget) {
            if (m.entry().usage().allowed()) {
                present.add(m.entry().conceptKey());
            }
        }
        List<Issue> issues = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (TermMatch m : inTarget) {
            boolean allowedHere = inTarget.stream().anyMatch(o -> o.start() == m.start() && o.end() == m.end()
                    && o.entry().usage().allowed() && o.exactCase());
            if (allowedHere) {
                continue;
            }
            String found = pair.target().substring(m.start(), m.end());
            if (m.entry().usage().allowed()) {
                if (!sourceConcepts.contains(m.entry().conceptKey())) {
                    continue; // "china" (porcelain) is not "China" unless the source speaks of China
                }
                String fixed = recase(found, m.entry().text());
                issues.add(new Issue(id(), CATEGORY, Severity.MINOR, m.start(), m.end(), "“" + found
                        + "”: the glossary writes “" + m.entry().text() + "” in this case.", List.of(fixed),
                        "terminology"));
            } else if (m.exactCase() && reported.add(m.entry().conceptKey() + "@" + m.start())) {
                List<String> preferred = allowed(terminology, m.entry().conceptKey(), pair.targetLang()).stream()
                        .map(text -> capitaliseLike(text, found)).toList();
                boolean forbidden = m.entry().usage() == TermEntry.Usage.FORBIDDEN;
                issues.add(new Issue(id(), CATEGORY, forbidden ? Severity.MAJOR : Severity.MINOR, m.start(),
                        m.end(), "“" + found + "” is " + (forbidden ? "forbidden" : "deprecated") + " in the glossary"
                        + (preferred.isEmpty() ? "." : ": use “" + preferred.get(0) + "”."), preferred.stream()
                        .limit(3).toList(), "terminology"));
                present.add(m.entry().conceptKey());
            }
        }
        Set<String> required = new HashSet<>();
        for (TermMatch s : inSource) {
            String concept = s.entry().conceptKey();
            if (present.contains(concept) || !required.add(concept)) {
                continue;
            }
            List<String> translations = allowed(terminology, concept, pair.targetLang());
            if (translations.isEmpty()) {
                continue;
            }
            String sourceTerm = pair.source().substring(s.start(), s.end());
            String wanted = "“" + translations.get(0) + "”" + (translations.size() > 1 ? " (or " + String.join(", ",
                    translations.subList(1, translations.size())) + ")" : "");
            List<String> fixes = translations.stream().limit(3).toList();
            int[] wrong = wrongEquivalent(target, sourceTerm, translations, inTarget);
            if (wrong != null) {
                String found = pair.target().substring(wrong[0], wrong[1]);
                issues.add(new Issue(id(), CATEGORY, Severity.MAJOR, wrong[0], wrong[1], "“" + found + "” for “"
                        + sourceTerm + "”: the glossary requires " + wanted + ".",
                        fixes.stream().map(f -> capitaliseLike(f, found)).toList(), "terminology"));
            } else {
                issues.add(new Issue(id(), CATEGORY, Severity.MAJOR, pair.target().length(), pair.target().length(),
                        "“" + sourceTerm + "” is in the glossary: the translation should use " + wanted + ".",
                        fixes, "terminology"));
            }
        }
        return issues;
    }

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    /** How close a target word must be to a required term to be taken for its wrong rendering. */
    private static final double NEAR = 0.84;

    /**
     * Where the target renders a required term wrongly, so that the fix replaces it: the source term left as it is
     * (not translated), else the words closest to a required translation that no term of the glossary covers
     * ({@code spokesman} for {@code spokesperson}); null when there is none and the term is simply missing.
     */
    private static int[] wrongEquivalent(String target, String sourceTerm, List<String> translations,
                                         List<TermMatch> inTarget) {
        int at = wholeWord(target, sourceTerm);
        if (at >= 0) {
            return new int[] {at, at + sourceTerm.length()};
        }
        List<Words.Word> words = Words.of(target);
        int[] best = null;
        double bestScore = NEAR;
        for (String translation : translations) {
            int count = Words.of(translation).size();
            for (int i = 0; i + count <= words.size() && count > 0; i++) {
                int start = words.get(i).start();
                int end = words.get(i + count - 1).end();
                boolean covered = inTarget.stream().anyMatch(m -> m.start() < end && start < m.end());
                double score = SIMILARITY.apply(target.substring(start, end).toLowerCase(java.util.Locale.ROOT),
                        translation.toLowerCase(java.util.Locale.ROOT));
                if (!covered && score >= bestScore) {
                    bestScore = score;
                    best = new int[] {start, end};
                }
            }
        }
        return best;
    }

    /** Where the phrase stands in the text as whole words, or -1. */
    private static int wholeWord(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0 && !phrase.isBlank(); at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    private static List<String> allowed(Terminology terminology, String concept, String lang) {
        return terminology.entries(concept, lang).stream().filter(e -> e.usage().allowed()).map(TermEntry::text)
                .distinct().toList();
    }

    /** The found (maybe inflected) form in the case of the glossary's term: {@code kyiv's} → {@code Kyiv's}. */
    private static String recase(String found, String term) {
        if (found.equalsIgnoreCase(term)) {
            return term;
        }
        if (term.length() > 1 && term.equals(term.toUpperCase(java.util.Locale.ROOT))) {
            return found.toUpperCase(java.util.Locale.ROOT);
        }
        return capitaliseLike(found, term);
    }

    /** A replacement that starts in upper case where the replaced text did (a sentence start, a title). */
    private static String capitaliseLike(String replacement, String like) {
        if (!replacement.isEmpty() && !like.isEmpty() && Character.isUpperCase(like.codePointAt(0))
                && Character.isLowerCase(replacement.codePointAt(0))) {
            return Words.capitalise(replacement);
        }
        return replacement;
    }
}
