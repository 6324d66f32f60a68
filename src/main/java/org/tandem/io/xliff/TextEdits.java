package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of ranges of one text, collected in any order and applied once, from the end, so that no edit moves
 * another. Edits at one place apply in the order they were added, each before the previous one in the result, and a
 * range removed there goes before what is inserted at its start.
 */
final class TextEdits {

    private record Edit(int start, int end, int seq, String replacement) {
    }

    private final List<Edit> edits = new ArrayList<>();

    void replace(int start, int end, String replacement) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
        edits.add(new Edit(start, end, edits.size(), replacement));
    }

    void insert(int at, String text) {
        replace(at, at, text);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    String applyTo(String text) {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).reversed().thenComparing(Comparator.comparingInt(Edit::end)
                .reversed()).thenComparingInt(Edit::seq));
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : ordered) {
            if (e.end() > limit) {
                throw new IllegalStateException("overlapping edits at " + e.start() + ".." + e.end());
            }
            out.replace(e.start(), e.end(), e.replacement());
            limit = e.start();
        }
        return out.toString();
    }
}
