package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A sentence or heading that starts in lower case: the segment's first word when the source's starts in upper
 * case (or is written in a script without case, such as Chinese, and starts the segment), and any word after a
 * sentence end inside the segment (not after an abbreviation).
 */
@Component
public class LowercaseStartCheck implements Check {

    private static final Set<String> ABBREVIATIONS = Set.of("etc", "vs", "approx", "incl", "cf", "al", "ca", "e.g",
            "i.e", "usw", "bzw", "ggf", "vgl", "z.b", "d.h", "p.ej", "aprox", "ej", "pág", "págs", "núm", "av");

    @Override
    public String id() {
        return "lowercase-start";
    }

    @Override
    public String name() {
        return "Lower-case start";
    }

    @Override
    public String description() {
        return "A sentence or heading that starts in lower case.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<Words.Word> target = Words.of(pair.maskedTarget());
        List<Words.Word> source = Words.of(pair.maskedSource());
        if (target.isEmpty() || source.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        String text = pair.maskedTarget();
        for (int i = 0; i < target.size(); i++) {
            Words.Word word = target.get(i);
            if (!word.sentenceStart() || !word.lowercase() || word.text().codePoints().skip(1)
                    .anyMatch(Character::isUpperCase)) { // iPhone, eBay: a brand's own case
                continue;
            }
            if (i == 0) {
                if (!source.get(0).capitalised() && (!startsCaseless(pair.maskedSource(), source.get(0))
                        || bracketed(text, word))) {
                    continue;
                }
            } else if (ABBREVIATIONS.contains(Words.fold(target.get(i - 1).text())) || looksLikeEllipsis(text, word)
                    || target.get(i - 1).text().length() == 1) {
                continue;
            }
            issues.add(new Issue(id(), Categories.SPELLING, Severity.MINOR, word.start(), word.end(),
                    i == 0 ? "The segment starts in lower case; the source starts a sentence."
                            : "A sentence starts in lower case.",
                    List.of(Words.capitalise(word.text())), "misspelling"));
        }
        return issues;
    }

    /** "(…) can serve": an ellipsis inside a quotation does not end the sentence. */
    private static boolean looksLikeEllipsis(String text, Words.Word word) {
        String before = text.substring(0, word.start()).stripTrailing();
        return before.endsWith("…)") || before.endsWith("...)") || before.endsWith(":");
    }

    /** Whether an opening bracket stands before the word: an aside such as "(laughter)" keeps its own case. */
    private static boolean bracketed(String text, Words.Word word) {
        return text.substring(0, word.start()).codePoints().anyMatch(c ->
                Character.getType(c) == Character.START_PUNCTUATION && c != '„' && c != '‚');
    }

    /**
     * Whether the source starts with this word, in a script without case: it starts a sentence as surely as a
     * capital would say (only quotes or brackets may stand before it).
     */
    private static boolean startsCaseless(String source, Words.Word first) {
        int letter = first.text().codePointAt(0);
        if (!Character.isLetter(letter) || Character.isUpperCase(letter) || Character.isLowerCase(letter)
                || Character.isTitleCase(letter)) {
            return false;
        }
        return source.substring(0, first.start()).codePoints().allMatch(c -> Character.isWhitespace(c)
                || c == '"' || c == '\'' || Character.getType(c) == Character.START_PUNCTUATION
                || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION);
    }
}
