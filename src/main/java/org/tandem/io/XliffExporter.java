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
     * @param states  the workflow state of each segment now; written where it differs from what the file said
     *                (or, where the file said nothing, from new/translated as import assumed)
     */
    static byte[] patch(String fileName, DecodedText original, List<String> targets, List<List<InlineCode>> codes,
                        String targetLang, List<FileState> states) {
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
        return original.encode(withStates(fileName, scan, out.toString(), states));
    }

    /**
     * Writes changed workflow states into the start tags that hold them. The text is scanned again after the
     * targets are patched, so that a target just written has its tag and no range overlaps another edit.
     */
    private static String withStates(String fileName, XliffReader.Scan before, String text, List<FileState> states) {
        Map<Integer, FileState> wanted = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            ParsedSegment read = before.segments().get(i);
            FileState imported = read.state() != null ? read.state()
                    : read.target() == null || read.target().isEmpty() ? FileState.NEW : FileState.TRANSLATED;
            if (states.get(i) != null && states.get(i) != imported) {
                wanted.put(i, states.get(i));
            }
        }
        if (wanted.isEmpty()) {
            return text;
        }
        XliffReader.Scan scan = XliffReader.scan(fileName, text);
        Map<Integer, FileState> byHost = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            int host = scan.hostOf().get(i);
            if (wanted.containsKey(i) || byHost.containsKey(host)) {
                byHost.merge(host, states.get(i), FileState::combined);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean v2 = scan.format() == DocumentFormat.XLIFF_2;
        byHost.forEach((index, state) -> {
            XliffReader.StateHost host = scan.hosts().get(index);
            if (host.tagStart() < 0 || state == host.state()) {
                return;
            }
            String tag = text.substring(host.tagStart(), host.tagOpenEnd());
            if (v2) {
                tag = StartTags.with(tag, "state", state.xliff2State());
                String sub = StartTags.value(tag, "subState");
                if (state == FileState.REJECTED) {
                    tag = StartTags.with(tag, "subState", FileState.REJECTED_SUBSTATE);
                } else if (FileState.REJECTED_SUBSTATE.equals(sub)) {
                    tag = StartTags.with(tag, "subState", null);
                }
            } else {
                tag = StartTags.with(tag, "state", state.xliff12State());
                String qualifier = StartTags.value(tag, "state-qualifier");
                boolean rejectedQualifier = qualifier != null && qualifier.startsWith("rejected-");
                if (state == FileState.REJECTED && !rejectedQualifier) {
                    tag = StartTags.with(tag, "state-qualifier", FileState.REJECTED_QUALIFIER);
                } else if (state != FileState.REJECTED && rejectedQualifier) {
                    tag = StartTags.with(tag, "state-qualifier", null);
                }
                String unit = text.substring(host.unitStart(), host.unitOpenEnd());
                boolean approved = "yes".equals(StartTags.value(unit, "approved"));
                if (approved != (state == FileState.APPROVED)) {
                    ranges.add(new int[] {host.unitStart(), host.unitOpenEnd()});
                    tags.add(StartTags.with(unit, "approved", state == FileState.APPROVED ? "yes" : null));
                }
            }
            ranges.add(new int[] {host.tagStart(), host.tagOpenEnd()});
            tags.add(tag);
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(ranges.get(b)[0], ranges.get(a)[0]));
        StringBuilder out = new StringBuilder(text);
        for (int i : order) {
            out.replace(ranges.get(i)[0], ranges.get(i)[1], tags.get(i));
        }
        return out.toString();
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
