package org.tandem.memory;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between a match's source and the source looked up, token by token as the score counts it
 * (java-diff-utils over {@link MatchText} tokens), each run with the spaces before it.
 */
final class SourceDiff {

    private SourceDiff() {
    }

    static List<MemoryMatch.Part> between(String unitSource, String looked) {
        List<MatchText.Token> from = MatchText.tokens(unitSource);
        List<MatchText.Token> to = MatchText.tokens(looked);
        Patch<String> patch = DiffUtils.diff(from.stream().map(MatchText.Token::text).toList(),
                to.stream().map(MatchText.Token::text).toList());
        List<MemoryMatch.Part> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int position = delta.getSource().getPosition();
            add(parts, MemoryMatch.Part.Kind.SAME, unitSource, from, at, position);
            add(parts, MemoryMatch.Part.Kind.REMOVED, unitSource, from, position, position + delta.getSource().size());
            int target = delta.getTarget().getPosition();
            add(parts, MemoryMatch.Part.Kind.ADDED, looked, to, target, target + delta.getTarget().size());
            at = position + delta.getSource().size();
        }
        add(parts, MemoryMatch.Part.Kind.SAME, unitSource, from, at, from.size());
        if (!parts.isEmpty()) { // the unit's own trailing text (spaces) stays with the last part
            int end = from.isEmpty() ? 0 : from.get(from.size() - 1).end();
            if (end < unitSource.length()) {
                MemoryMatch.Part last = parts.remove(parts.size() - 1);
                parts.add(new MemoryMatch.Part(last.kind(), last.text() + unitSource.substring(end)));
            }
        }
        return parts;
    }

    /** Tokens [from, to) of a text with the spaces before each (the first keeps the text's leading spaces). */
    private static void add(List<MemoryMatch.Part> parts, MemoryMatch.Part.Kind kind, String text,
                            List<MatchText.Token> tokens, int from, int to) {
        if (from >= to) {
            return;
        }
        int start = from == 0 ? 0 : tokens.get(from - 1).end();
        String run = text.substring(start, tokens.get(to - 1).end());
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            run = parts.remove(parts.size() - 1).text() + run;
        }
        parts.add(new MemoryMatch.Part(kind, run));
    }
}
