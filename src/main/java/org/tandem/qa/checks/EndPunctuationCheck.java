package org.tandem.qa.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A question that became a statement, or the reverse, or a final mark lost: the final mark (before closing quotes
 * and brackets) differs in kind between source and target. A full stop against none is left alone (headings,
 * list items and machine translations vary there without error), and so is a full stop against an exclamation
 * mark ({@code Thank you.} → {@code Danke!}): languages and translators weigh emphasis differently.
 */
@Component
public class EndPunctuationCheck implements Check {

    private static final String CLOSERS = "\"'”’»«“)]\uFFFC ";

    @Override
    public String id() {
        return "end-punctuation";
    }

    @Override
    public String name() {
        return "End punctuation";
    }

    @Override
    public String description() {
        return "A question that became a statement or the reverse, or an exclamation that lost its mark.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        int s = last(pair.maskedSource());
        int t = last(pair.maskedTarget());
        if (s < 0 || t < 0) {
            return List.of();
        }
        char source = kind(pair.maskedSource().charAt(s));
        char target = kind(pair.maskedTarget().charAt(t));
        if (source == target || source == '.' && target == ' ' || source == ' ' && target == '.'
                || source != '?' && target != '?' && source != ' ' && target != ' ') { // "Thank you." → "Danke!"
            return List.of();
        }
        String message = source == '?' ? "The source asks a question; the target does not."
                : target == '?' ? "The target asks a question; the source does not."
                : "The source and the target end with different punctuation.";
        boolean mark = target != ' ';
        int start = mark ? t : t + 1;
        return List.of(new Issue(id(), Categories.MISTRANSLATION, Severity.MINOR, start, mark ? t + 1 : t + 1,
                message, source == ' ' ? List.of("") : List.of(String.valueOf(source == '.' ? '.' : source)),
                "inconsistency"));
    }

    private static int last(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (CLOSERS.indexOf(text.charAt(i)) < 0) {
                return Character.isLetterOrDigit(text.charAt(i)) || ".?!…:;".indexOf(text.charAt(i)) >= 0 ? i : -1;
            }
        }
        return -1;
    }

    /** '?' question, '!' exclamation, '.' statement (also … : ;), ' ' none. */
    private static char kind(char c) {
        return switch (c) {
            case '?' -> '?';
            case '!' -> '!';
            case '.', '…', ':', ';' -> '.';
            default -> ' ';
        };
    }
}
