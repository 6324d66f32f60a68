package org.tandem.workbench;

import org.tandem.markup.Placeholders;

/**
 * Where a term clicked beside the segment goes: over the selection, or at the caret, never inside a word or an inline
 * code, with a space on each side where a word would otherwise touch it.
 */
final class TermInsertion {

    private TermInsertion() {
    }

    /** The text with the term put over [start, end) (start = end: at the caret), at word boundaries, spaced. */
    static String insert(String text, int start, int end, String term) {
        int from = outsideCode(text, wordStart(text, start, start == end), start == end);
        int to = start == end ? from : outsideCode(text, wordEnd(text, end), true);
        String before = text.substring(0, from);
        String after = text.substring(to);
        boolean spaceBefore = !before.isEmpty() && (joins(before.charAt(before.length() - 1), term.charAt(0))
                || Character.isLetterOrDigit(term.charAt(0)) && ".,;:!?)]}»”’".indexOf(before.charAt(
                before.length() - 1)) >= 0);
        boolean spaceAfter = !after.isEmpty() && joins(term.charAt(term.length() - 1), after.charAt(0));
        return before + (spaceBefore ? " " : "") + term + (spaceAfter ? " " : "") + after;
    }

    /** Two characters that would read as one word if nothing stood between them. */
    private static boolean joins(char left, char right) {
        return Character.isLetterOrDigit(left) && Character.isLetterOrDigit(right);
    }

    /** A caret inside a word moves to the word's end; a selection's start moves back to its word's start. */
    private static int wordStart(String text, int at, boolean caret) {
        int i = Math.max(0, Math.min(at, text.length()));
        if (caret) {
            while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            return i;
        }
        while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** A selection's end moves on to its word's end. */
    private static int wordEnd(String text, int at) {
        int i = Math.max(0, Math.min(at, text.length()));
        while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A place inside an inline-code token moves to its end ({@code after}) or start. */
    private static int outsideCode(String text, int at, boolean after) {
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (token.start() < at && at < token.end()) {
                return after ? token.end() : token.start();
            }
        }
        return at;
    }
}
