package org.tandem.qa.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * Paired inline codes in an order the file cannot hold, where the source's order was sound: a code closed before it
 * is opened (⟨/1⟩ … ⟨1⟩), or two pairs that cross instead of nesting (⟨1⟩ ⟨2⟩ ⟨/1⟩ ⟨/2⟩). Translation may move codes
 * with the words they wrap, so a different order alone is fine; only order that breaks the markup is reported.
 */
@Component
public class InlineCodeOrderCheck implements Check {

    @Override
    public String id() {
        return "inline-code-order";
    }

    @Override
    public String name() {
        return "Inline code order";
    }

    @Override
    public String description() {
        return "Paired codes closed before they open, or crossing each other, where the source nests them.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (pair.target().isBlank() || firstBreak(pair.source()) != null) {
            return List.of();
        }
        Placeholders.Token broken = firstBreak(pair.target());
        if (broken == null) {
            return List.of();
        }
        String message = broken.kind() == InlineCode.Kind.CLOSE && !opened(pair.target(), broken)
                ? "Code " + broken.text() + " closes before its opening code: the formatting it ends would start "
                        + "after it."
                : "Code " + broken.text() + " closes inside another pair of codes that opened after it: the pairs cross "
                        + "instead of nesting, as they do in the source.";
        return List.of(new Issue(id(), Categories.MARKUP_TAG, Severity.MAJOR, broken.start(), broken.end(), message,
                List.of(), "markup"));
    }

    /** The first closing token that does not close the innermost open pair, or null when the pairs nest. */
    static Placeholders.Token firstBreak(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        Set<Integer> paired = pairedNumbers(text);
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (!paired.contains(token.number())) {
                continue; // a lone half of a pair is inline-codes' business
            }
            if (token.kind() == InlineCode.Kind.OPEN) {
                open.push(token.number());
            } else if (token.kind() == InlineCode.Kind.CLOSE) {
                if (open.isEmpty() || open.peek() != token.number()) {
                    return token;
                }
                open.pop();
            }
        }
        return null;
    }

    private static Set<Integer> pairedNumbers(String text) {
        Set<Integer> opens = new HashSet<>();
        Set<Integer> closes = new HashSet<>();
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            (token.kind() == InlineCode.Kind.OPEN ? opens : token.kind() == InlineCode.Kind.CLOSE ? closes
                    : new HashSet<Integer>()).add(token.number());
        }
        opens.retainAll(closes);
        return opens;
    }

    private static boolean opened(String text, Placeholders.Token close) {
        List<Placeholders.Token> before = new ArrayList<>();
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (token.start() >= close.start()) {
                break;
            }
            before.add(token);
        }
        return before.stream().anyMatch(t -> t.kind() == InlineCode.Kind.OPEN && t.number() == close.number());
    }
}
