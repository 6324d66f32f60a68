package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.io.DocumentFormat;
import org.tandem.io.FileState;
import org.tandem.io.Languages;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentReview;
import org.tandem.io.TranslationFiles;
import org.tandem.io.xml.DecodedText;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/**
 * Writes corrected targets into the original XLIFF text: only the ranges of changed targets are replaced, so
 * everything else (ids, notes, alt-trans, vendor namespaces, segmentation, whitespace, encoding) stays as it was.
 */
public final class XliffExporter {

    private XliffExporter() {
    }

    /**
     * @param segments the stored segments in file order: changed targets are written, and each state that differs
     *                 from what the file said (or, where it said nothing, new/translated as import assumed)
     * @param review   write each segment's review data (ITS quality issues on the target, comments as notes);
     *                 without it nothing of the kind is written, and what Tandem wrote into the file before is
     *                 taken out
     */
    public static byte[] patch(String fileName, DecodedText original, List<TranslationFiles.SegmentText> segments,
                        String targetLang, boolean review) {
        XliffReader.Scan scan = XliffReader.scan(fileName, original.text());
        if (scan.segments().size() != segments.size()) {
            throw new IllegalStateException(fileName + ": the stored document has " + segments.size()
                    + " segments but its original file has " + scan.segments().size());
        }
        boolean v2 = scan.format() == DocumentFormat.XLIFF_2;
        ItsMarkup.Ids ids = new ItsMarkup.Ids();
        Map<Integer, List<String>> standOffs = new HashMap<>();
        Map<Integer, List<String>> contents = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            TranslationFiles.SegmentText s = segments.get(i);
            List<SegmentReview.QualityMark> marks = review && s.review() != null ? s.review().marks() : List.of();
            boolean hadMarks = !scan.segments().get(i).review().marks().isEmpty();
            if (s.target() == null || !(s.changed() || hadMarks || !marks.isEmpty())) {
                continue;
            }
            String xml;
            if (marks.isEmpty()) {
                xml = toXml(s.target(), s.codes(), original);
            } else {
                List<ItsMarkup.Cluster> clusters = ItsMarkup.clusters(s.target(), marks);
                List<Integer> numbers = new ArrayList<>();
                for (ItsMarkup.Cluster c : clusters) {
                    int id = ids.next();
                    numbers.add(id);
                    standOffs.computeIfAbsent(i, k -> new ArrayList<>()).add(ItsMarkup.standOff(c, id, original));
                }
                xml = ItsMarkup.target(s.target(), s.codes(), original, clusters, v2, numbers);
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
            holes.set(place[1], xml);
        }
        List<Integer> order = new ArrayList<>(contents.keySet());
        order.sort((a, b) -> Integer.compare(scan.slots().get(b).start(), scan.slots().get(a).start()));
        StringBuilder out = new StringBuilder(original.text());
        for (int index : order) {
            PatchSlot slot = scan.slots().get(index);
            out.replace(slot.start(), slot.end(), slot.render(contents.get(index)));
        }
        int rootEnd = scan.rootTagEnd();
        if (!standOffs.isEmpty()) {
            String root = out.substring(scan.rootTagStart(), rootEnd);
            String withIts = ItsMarkup.withItsOnRoot(root);
            out.replace(scan.rootTagStart(), rootEnd, withIts);
            rootEnd += withIts.length() - root.length();
        }
        if (v2 && scan.targetLang() == null && !contents.isEmpty()
                && targetLang != null && !Languages.UNDETERMINED.equals(targetLang)) {
            // XLIFF 2 requires trgLang once any target exists.
            int close = out.lastIndexOf(">", rootEnd - 1);
            out.insert(close, " trgLang=\"" + targetLang.replace("\"", "") + "\"");
        }
        List<FileState> states = segments.stream().map(TranslationFiles.SegmentText::state).toList();
        return original.encode(finish(fileName, scan, out.toString(), states, review ? segments : null, standOffs,
                original));
    }

    /**
     * Writes changed workflow states into the start tags that hold them. The text is scanned again after the
     * targets are patched, so that a target just written has its tag and no range overlaps another edit.
     */
    private static String finish(String fileName, XliffReader.Scan before, String text, List<FileState> states,
                                 List<TranslationFiles.SegmentText> reviewed, Map<Integer, List<String>> standOffs,
                                 DecodedText encoding) {
        Map<Integer, FileState> wanted = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            ParsedSegment read = before.segments().get(i);
            FileState imported = read.state() != null ? read.state()
                    : read.target() == null || read.target().isEmpty() ? FileState.NEW : FileState.TRANSLATED;
            if (states.get(i) != null && states.get(i) != imported) {
                wanted.put(i, states.get(i));
            }
        }
        boolean tandemMarkup = before.units().stream().anyMatch(u -> !u.remove().isEmpty());
        boolean notes = reviewed != null && reviewed.stream()
                .anyMatch(t -> t.review() != null && !t.review().notes().isEmpty());
        if (wanted.isEmpty() && standOffs.isEmpty() && !notes && !tandemMarkup) {
            return text;
        }
        XliffReader.Scan scan = XliffReader.scan(fileName, text);
        Map<Integer, FileState> byHost = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            int host = scan.hostOf().get(i);
            if (wanted.containsKey(i) || byHost.containsKey(host)) {
                byHost.merge(host, states.get(i), XliffStates::combined);
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
                tag = StartTags.with(tag, "state", XliffStates.xliff2State(state));
                String sub = StartTags.value(tag, "subState");
                if (state == FileState.REJECTED) {
                    tag = StartTags.with(tag, "subState", XliffStates.REJECTED_SUBSTATE);
                } else if (XliffStates.REJECTED_SUBSTATE.equals(sub)) {
                    tag = StartTags.with(tag, "subState", null);
                }
            } else {
                tag = StartTags.with(tag, "state", XliffStates.xliff12State(state));
                String qualifier = StartTags.value(tag, "state-qualifier");
                boolean rejectedQualifier = qualifier != null && qualifier.startsWith("rejected-");
                if (state == FileState.REJECTED && !rejectedQualifier) {
                    tag = StartTags.with(tag, "state-qualifier", XliffStates.REJECTED_QUALIFIER);
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
        reviewEdits(scan, reviewed, standOffs, encoding, text, ranges, tags);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            order.add(i);
        }
        // from the end; at one place the removal before the insertion
        order.sort((a, b) -> ranges.get(b)[0] != ranges.get(a)[0] ? Integer.compare(ranges.get(b)[0], ranges.get(a)[0])
                : Integer.compare(ranges.get(b)[1], ranges.get(a)[1]));
        StringBuilder out = new StringBuilder(text);
        for (int i : order) {
            out.replace(ranges.get(i)[0], ranges.get(i)[1], tags.get(i));
        }
        return out.toString();
    }

    /**
     * The unit-level edits of review data: Tandem's earlier stand-offs and comment notes out; with review data, the
     * new stand-off issues and notes in.
     */
    private static void reviewEdits(XliffReader.Scan scan, List<TranslationFiles.SegmentText> reviewed,
                                    Map<Integer, List<String>> standOffs, DecodedText encoding, String text,
                                    List<int[]> ranges, List<String> tags) {
        boolean v2 = scan.format() == DocumentFormat.XLIFF_2;
        for (XliffReader.UnitPlace unit : scan.units()) {
            for (int[] range : unit.remove()) {
                ranges.add(range);
                tags.add("");
            }
        }
        if (reviewed == null) {
            return;
        }
        Map<Integer, StringBuilder> issuesByUnit = new java.util.TreeMap<>();
        Map<Integer, StringBuilder> notesByUnit = new java.util.TreeMap<>();
        for (int i = 0; i < reviewed.size(); i++) {
            int unit = scan.unitOf().get(i);
            for (String standOff : standOffs.getOrDefault(i, List.of())) {
                issuesByUnit.computeIfAbsent(unit, k -> new StringBuilder()).append(standOff);
            }
            TranslationFiles.SegmentText s = reviewed.get(i);
            if (s.review() == null) {
                continue;
            }
            String unitId = scan.segments().get(i).unitId();
            String segment = unitId.contains("/") ? unitId.substring(unitId.lastIndexOf('/') + 1) : null;
            for (SegmentReview.ReviewNote note : s.review().notes()) {
                notesByUnit.computeIfAbsent(unit, k -> new StringBuilder())
                        .append(ItsMarkup.note(note, segment, v2, encoding));
            }
        }
        for (int index = 0; index < scan.units().size(); index++) {
            XliffReader.UnitPlace unit = scan.units().get(index);
            String issues = issuesByUnit.containsKey(index) ? issuesByUnit.get(index).toString() : "";
            String notes = notesByUnit.containsKey(index) ? notesByUnit.get(index).toString() : "";
            if (!v2) {
                if (!issues.isEmpty() || !notes.isEmpty()) {
                    ranges.add(new int[] {unit.insertAt(), unit.insertAt()});
                    tags.add(notes + issues);
                }
                continue;
            }
            if (!issues.isEmpty()) {
                ranges.add(new int[] {unit.insertAt(), unit.insertAt()});
                tags.add(issues);
            }
            if (!notes.isEmpty()) {
                int at = unit.notesOpenEnd() >= 0 ? unit.notesOpenEnd() : unit.notesAt();
                ranges.add(new int[] {at, at});
                tags.add(unit.notesOpenEnd() >= 0 ? notes : "<notes>" + notes + "</notes>");
            }
        }
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
        escape(s, sb, encoding, false);
    }

    /**
     * Escapes text for XML content, or with {@code attribute} for a double-quoted attribute value (quotes and line
     * breaks too); what the file's encoding cannot hold becomes a character reference.
     */
    static void escape(String s, StringBuilder sb, DecodedText encoding, boolean attribute) {
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (attribute && (cp == '"' || cp == '\n' || cp == '\r' || cp == '\t')) {
                        sb.append(cp == '"' ? "&quot;" : "&#" + cp + ";");
                    } else if (cp < 0x80 || encoding == null || encoding.canEncode(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
                    }
                }
            }
        });
    }
}
