package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.io.xliff.InlineReader.Content;
import org.tandem.io.xliff.InlineReader.Element;
import org.tandem.io.xliff.InlineReader.Part;

/**
 * Where a target goes in the original text: the content of an existing target, a {@code <target/>} to open, a new
 * target after the source, or the {@code mrk} segments of an XLIFF 1.2 segmented target.
 */
final class TargetSlots {

    private final String text;

    TargetSlots(String text) {
        this.text = text;
    }

    /** A slot for an existing target element: its content, or the whole element when it is {@code <target/>}. */
    PatchSlot targetSlot(Element targetElement, Content target) {
        if (targetElement.empty()) {
            String open = targetElement.openTag(text);
            return new PatchSlot(targetElement.start(), targetElement.end(), List.of("", ""),
                    List.of(new PatchSlot.Hole(text.substring(targetElement.start(), targetElement.end()),
                            open, "</" + targetElement.qname() + ">")), true);
        }
        return new PatchSlot(target.contentStart, target.contentEnd, List.of("", ""),
                List.of(PatchSlot.Hole.content(text.substring(target.contentStart, target.contentEnd))), false);
    }

    /**
     * A slot that inserts a new target element right after {@code after}, indented like {@code like}, holding
     * {@code inner} literals around the holes. An XLIFF 1.2 target gets {@code xml:lang} (null: none); XLIFF 2 ones inherit trgLang.
     */
    PatchSlot insertion(Element after, Element like, String lang, List<String> inner, List<PatchSlot.Hole> holes) {
        int i = like.start();
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '\n') {
            i--;
            if (i > 0 && text.charAt(i - 1) == '\r') {
                i--;
            }
        }
        String indent = text.substring(i, like.start());
        String qname = like.qname();
        String prefix = qname.contains(":") ? qname.substring(0, qname.indexOf(':') + 1) : "";
        String langAttribute = lang == null ? "" : " xml:lang=\"" + escapeAttribute(lang) + "\"";
        List<String> literals = new ArrayList<>(inner);
        literals.set(0, indent + "<" + prefix + "target" + langAttribute + ">" + literals.get(0));
        literals.set(literals.size() - 1, literals.get(literals.size() - 1) + "</" + prefix + "target>");
        return new PatchSlot(after.end(), after.end(), literals, holes, true);
    }

    /** Patch the target's own mrk contents; mrks the target lacks are appended. */
    PatchSlot segmentedTarget(XliffReader.TransUnit u, Map<String, Part> targetByMid, List<Part> order) {
        List<String> literals = new ArrayList<>();
        List<PatchSlot.Hole> holes = new ArrayList<>();
        int at = u.target.contentStart;
        for (Part part : u.targetParts.items) {
            literals.add(text.substring(at, part.holeStart));
            holes.add(part.hole);
            at = part.holeEnd;
            order.add(part);
        }
        literals.add(text.substring(at, u.target.contentEnd));
        for (Part sourcePart : u.segSource.items) {
            if (!targetByMid.containsKey(sourcePart.mid)) {
                int last = literals.size() - 1;
                literals.set(last, literals.get(last) + sourcePart.openTag);
                literals.add(sourcePart.closeTag);
                holes.add(PatchSlot.Hole.content(""));
                Part added = sourcePart.asEmptyTarget();
                order.add(added);
                targetByMid.put(sourcePart.mid, added);
            }
        }
        return new PatchSlot(u.target.contentStart, u.target.contentEnd, literals, holes, false);
    }

    /** No segmented target: one built from the seg-source's structure, empty segments to fill. */
    PatchSlot newSegmentedTarget(XliffReader.TransUnit u, Map<String, Part> targetByMid, List<Part> order,
                                 String lang) {
        List<String> literals = new ArrayList<>();
        List<PatchSlot.Hole> holes = new ArrayList<>();
        int at = u.segSource.contentStart;
        String pending = "";
        for (Part part : u.segSource.items) {
            literals.add(pending + text.substring(at, part.holeStart) + part.hole.prefix());
            holes.add(PatchSlot.Hole.content(""));
            pending = part.hole.suffix();
            at = part.holeEnd;
            order.add(part.asEmptyTarget());
        }
        literals.add(pending + text.substring(at, u.segSource.contentEnd));
        targetByMid.clear();
        for (Part p : order) {
            targetByMid.put(p.mid, p);
        }
        if (u.targetElement == null) {
            return insertion(u.segSourceElement, u.segSourceElement, lang, literals, holes);
        }
        List<String> all = new ArrayList<>(literals);
        all.set(0, u.targetElement.openTag(text) + all.get(0));
        all.set(all.size() - 1, all.get(all.size() - 1) + "</" + u.targetElement.qname() + ">");
        return new PatchSlot(u.targetElement.start(), u.targetElement.end(), all, holes, true);
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
