package org.tandem.io.xliff;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the targets of one unit (XLIFF 1.2) or one segment (XLIFF 2) live in the original text, so that export can
 * replace exactly that range. The replacement is {@code literals[0] + holes[0] + literals[1] + … + literals[n]};
 * a hole is the original text where nothing changed, else its prefix, the new content and its suffix.
 *
 * @param ownsTargetTag whether the replacement writes the target's start tag itself (a target inserted, or a
 *                      {@code <target/>} opened), so that a state for that tag goes into the replacement
 */
public record PatchSlot(int start, int end, List<String> literals, List<Hole> holes, boolean ownsTargetTag) {

    public record Hole(String original, String prefix, String suffix) {
        static Hole content(String original) {
            return new Hole(original, "", "");
        }
    }

    /** The replacement with these contents (null: the hole's original), its target start tag edited by {@code tag}. */
    String render(List<String> newContents, UnaryOperator<String> tag) {
        StringBuilder sb = new StringBuilder(literals.get(0));
        for (int i = 0; i < holes.size(); i++) {
            String content = newContents.get(i);
            Hole hole = holes.get(i);
            sb.append(content == null ? hole.original() : hole.prefix() + content + hole.suffix());
            sb.append(literals.get(i + 1));
        }
        String out = sb.toString();
        if (!ownsTargetTag || tag == null) {
            return out;
        }
        int open = out.indexOf('<');
        int close = tagEnd(out, open);
        return out.substring(0, open) + tag.apply(out.substring(open, close)) + out.substring(close);
    }

    /** After the {@code >} that ends the tag starting at {@code open} (quoted attribute values may hold {@code >}). */
    private static int tagEnd(String s, int open) {
        char quote = 0;
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalStateException("unterminated target tag in " + s);
    }
}
