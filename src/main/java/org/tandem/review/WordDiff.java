package org.tandem.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level differences between two versions of a target (java-diff-utils over words and the spaces between). */
public final class WordDiff {

    /** Words, runs of spaces, and single other characters (punctuation, inline-code tokens stay whole). */
    private static final Pattern TOKEN = Pattern.compile("\u27E8/?\\d+/?\u27E9|[\\p{L}\\p{M}\\p{N}]+|\\s+|.",
            Pattern.DOTALL);

    /** A run of text the same in both, only in the newer version, or only in the older one. */
    public record Part(Kind kind, String text) {
        public enum Kind { SAME, ADDED, REMOVED }
    }

    private WordDiff() {
    }

    public static List<Part> between(String older, String newer) {
        List<String> from = tokens(older == null ? "" : older);
        List<String> to = tokens(newer == null ? "" : newer);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int position = delta.getSource().getPosition();
            add(parts, Part.Kind.SAME, from.subList(at, position));
            add(parts, Part.Kind.REMOVED, delta.getSource().getLines());
            add(parts, Part.Kind.ADDED, delta.getTarget().getLines());
            at = position + delta.getSource().size();
        }
        add(parts, Part.Kind.SAME, from.subList(at, from.size()));
        return parts;
    }

    private static void add(List<Part> parts, Part.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            text = last.text() + text;
        }
        parts.add(new Part(kind, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
