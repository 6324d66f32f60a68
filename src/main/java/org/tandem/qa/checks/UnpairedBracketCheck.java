package org.tandem.qa.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A bracket the target opens and never closes, or closes and never opened, while every bracket of the source has its
 * partner (a segment may end inside a parenthesis the next one closes; then the source shows it too). Round, square
 * and curly brackets, full-width and CJK ones included. A closing round bracket after a list marker ({@code a)},
 * {@code 1)}) is a numbering, not a bracket.
 */
@Component
public class UnpairedBracketCheck implements Check {

    private static final String OPENING = "([{（［｛【〔〈《「『";
    private static final String CLOSING = ")]}）］｝】〕〉》」』";

    @Override
    public String id() {
        return "bracket-unpaired";
    }

    @Override
    public String name() {
        return "Unpaired bracket";
    }

    @Override
    public String description() {
        return "A bracket the target opens and never closes (or the reverse) while the source's pair up.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (!unpaired(pair.maskedSource()).isEmpty()) {
            return List.of();
        }
        String target = pair.maskedTarget();
        List<Issue> issues = new ArrayList<>();
        for (int at : unpaired(target)) {
            boolean opening = OPENING.indexOf(target.charAt(at)) >= 0;
            issues.add(new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, at, at + 1, opening
                    ? "This bracket is never closed, but the source's brackets pair up."
                    : "This bracket closes nothing, but the source's brackets pair up.", List.of(), "typographical"));
        }
        return issues;
    }

    /** Positions of brackets without a partner of the same kind. */
    static List<Integer> unpaired(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        List<Integer> unpaired = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSING.indexOf(c) >= 0) {
                if (!open.isEmpty() && OPENING.indexOf(text.charAt(open.peek())) == CLOSING.indexOf(c)) {
                    open.pop();
                } else if (!listMarker(text, i)) {
                    unpaired.add(i);
                }
            }
        }
        unpaired.addAll(open);
        unpaired.sort(Integer::compare);
        return unpaired;
    }

    /** {@code a)}, {@code 1)}, {@code iv)} at the start of a line or after a space, closing nothing: a numbering. */
    private static boolean listMarker(String text, int at) {
        if (text.charAt(at) != ')') {
            return false;
        }
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return at - start >= 1 && at - start <= 3 && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
    }
}
