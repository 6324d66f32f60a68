package org.tandem.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.markup.Placeholders;

/** What a new target must keep to be saved: the segment's inline codes, and only characters XML can carry. */
final class SegmentEdits {

    private SegmentEdits() {
    }

    /** Why the text cannot replace the segment's target; empty when it can. */
    static List<String> problems(Segment current, String text) {
        List<String> problems = new ArrayList<>(forbiddenCharacters(text));
        Set<String> required = current.target() != null ? Placeholders.tokenSet(current.target())
                : Placeholders.tokenSet(current.source());
        if (current.target() == null && text.isEmpty()) {
            required = Set.of();
        }
        problems.addAll(Placeholders.problems(text, current.codes(), required));
        return problems;
    }

    /** Characters XML 1.0 cannot carry, which would make the exported file unreadable. */
    private static List<String> forbiddenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || loneSurrogate || c == '\uFFFE' || c == '\uFFFF') {
                return List.of(String.format(Locale.ROOT, "The text holds the character U+%04X at position %d, "
                        + "which XLIFF files cannot contain.", (int) c, i + 1));
            }
        }
        return List.of();
    }
}
