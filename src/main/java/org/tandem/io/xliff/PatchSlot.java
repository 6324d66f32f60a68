package org.tandem.io.xliff;

import java.util.List;

/**
 * Where the targets of one unit (XLIFF 1.2) or one segment (XLIFF 2) live in the original text, so that export can
 * replace exactly that range. The replacement is {@code literals[0] + holes[0] + literals[1] + … + literals[n]};
 * a hole is the original text where nothing changed, else its prefix, the new content and its suffix.
 */
public record PatchSlot(int start, int end, List<String> literals, List<Hole> holes) {

    record Hole(String original, String prefix, String suffix) {
        static Hole content(String original) {
            return new Hole(original, "", "");
        }
    }

    String render(List<String> newContents) {
        StringBuilder sb = new StringBuilder(literals.get(0));
        for (int i = 0; i < holes.size(); i++) {
            String content = newContents.get(i);
            Hole hole = holes.get(i);
            sb.append(content == null ? hole.original() : hole.prefix() + content + hole.suffix());
            sb.append(literals.get(i + 1));
        }
        return sb.toString();
    }
}
