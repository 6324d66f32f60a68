package org.tandem.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/**
 * Writes corrected targets into the original XLIFF text: only the ranges of changed targets are replaced, so
 * everything else (ids, notes, alt-trans, vendor namespaces, segmentation, whitespace, encoding) stays as it was.
 */
final class XliffExporter {

    private XliffExporter() {
    }

    /**
     * @param targets the target of each segment in file order; {@code null} where the original stands unchanged
     */
    static byte[] patch(String fileName, DecodedText original, List<String> targets, List<List<InlineCode>> codes,
                        String targetLang) {
        XliffReader.Scan scan = XliffReader.scan(fileName, original.text());
        if (scan.segments().size() != targets.size()) {
            throw new IllegalStateException(fileName + ": the stored document has " + targets.size()
                    + " segments but its original file has " + scan.segments().size());
        }
        Map<Integer, List<String>> contents = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            if (target == null) {
                continue;
            }
            int[] place = scan.places().get(i);
            PatchSlot slot = scan.slots().get(place[0]);
            List<String> holes = contents.computeIfAbsent(place[0], k -> {
                List<String> list = new ArrayList<>();
                for (int h = 0; h < slot.holes().size(); h++) {
                    list.add(null);
                }
                return list;
            });
            holes.set(place[1], toXml(target, codes.get(i), original));
        }
        List<Integer> order = new ArrayList<>(contents.keySet());
        order.sort((a, b) -> Integer.compare(scan.slots().get(b).start(), scan.slots().get(a).start()));
        StringBuilder out = new StringBuilder(original.text());
        for (int index : order) {
            PatchSlot slot = scan.slots().get(index);
            out.replace(slot.start(), slot.end(), slot.render(contents.get(index)));
        }
        if (scan.format() == DocumentFormat.XLIFF_2 && scan.targetLang() == null && !contents.isEmpty()
                && targetLang != null && !Languages.UNDETERMINED.equals(targetLang)) {
            // XLIFF 2 requires trgLang once any target exists.
            int close = out.lastIndexOf(">", scan.rootTagEnd() - 1);
            out.insert(close, " trgLang=\"" + targetLang.replace("\"", "") + "\"");
        }
        return original.encode(out.toString());
    }

    /** Segment text to XML content: text escaped, placeholder tokens back to their original markup. */
    static String toXml(String text, List<InlineCode> codes, DecodedText encoding) {
        Map<String, String> markup = new HashMap<>();
        for (InlineCode code : codes) {
            markup.put(code.token(), code.xml());
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            escape(text.substring(at, token.start()), sb, encoding);
            String xml = markup.get(token.text());
            if (xml == null) {
                throw new IllegalArgumentException("unknown inline code " + token.text());
            }
            sb.append(xml);
            at = token.end();
        }
        escape(text.substring(at), sb, encoding);
        return sb.toString();
    }

    private static void escape(String s, StringBuilder sb, DecodedText encoding) {
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (cp < 0x80 || encoding == null || encoding.canEncode(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase()).append(';');
                    }
                }
            }
        });
    }
}
