package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tandem.io.DocumentFormat;
import org.tandem.io.FileState;
import org.tandem.io.Languages;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentReview;
import org.tandem.io.TranslationFiles;
import org.tandem.io.xliff.XliffDocument.Segment;
import org.tandem.io.xliff.XliffDocument.StateHost;
import org.tandem.io.xml.DecodedText;

/**
 * Writes corrected targets into the original XLIFF text: only the ranges of changed targets, of start tags whose
 * state changed and of review data are replaced, in one set of edits applied once, so that everything else (ids,
 * notes, alt-trans, vendor namespaces, segmentation, whitespace, encoding) stays as it was.
 */
public final class XliffExporter {

    private final XliffDocument file;
    private final DecodedText original;
    private final List<TranslationFiles.SegmentText> segments;
    private final boolean review;
    private final boolean v2;
    private final TextEdits edits = new TextEdits();
    /** The ITS stand-off issues written for each segment (by index), and the document-wide id counter. */
    private final Map<Integer, List<String>> standOffs = new LinkedHashMap<>();
    private final ItsMarkup.Ids ids = new ItsMarkup.Ids();

    private XliffExporter(XliffDocument file, DecodedText original, List<TranslationFiles.SegmentText> segments,
                          boolean review) {
        this.file = file;
        this.original = original;
        this.segments = segments;
        this.review = review;
        this.v2 = file.format() == DocumentFormat.XLIFF_2;
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
        XliffDocument file = XliffReader.read(fileName, original.text());
        if (file.segments().size() != segments.size()) {
            throw new IllegalStateException(fileName + ": the stored document has " + segments.size()
                    + " segments but its original file has " + file.segments().size());
        }
        return original.encode(new XliffExporter(file, original, segments, review).edit(targetLang));
    }

    private String edit(String targetLang) {
        List<Segment> read = file.segments();
        Map<PatchSlot, String[]> contents = new IdentityHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            String xml = targetXml(i, read.get(i).parsed());
            if (xml != null) {
                Segment s = read.get(i);
                contents.computeIfAbsent(s.slot(), slot -> new String[slot.holes().size()])[s.hole()] = xml;
            }
        }
        Map<StateHost, FileState> states = changedStates(read);
        reviewData(read);
        for (Map.Entry<PatchSlot, String[]> slot : contents.entrySet()) {
            StateHost host = read.stream().filter(s -> s.slot() == slot.getKey()).findFirst().orElseThrow().host();
            UnaryOperator<String> tag = states.containsKey(host) && !v2 ? t -> targetTag(t, states.get(host)) : null;
            edits.replace(slot.getKey().start(), slot.getKey().end(),
                    slot.getKey().render(Arrays.asList(slot.getValue()), tag));
        }
        states.forEach((host, state) -> stateTags(host, state, contents));
        rootTag(targetLang, !contents.isEmpty());
        return edits.applyTo(original.text());
    }

    /** The XML of segment i's target where it must be written (changed, or its quality marks change), else null. */
    private String targetXml(int i, ParsedSegment read) {
        TranslationFiles.SegmentText s = segments.get(i);
        List<SegmentReview.QualityMark> marks = review && s.review() != null ? s.review().marks() : List.of();
        boolean hadMarks = !read.review().marks().isEmpty();
        if (s.target() == null || !(s.changed() || hadMarks || !marks.isEmpty())) {
            return null;
        }
        if (marks.isEmpty()) {
            return XmlText.toXml(s.target(), s.codes(), original);
        }
        List<ItsMarkup.Cluster> clusters = ItsMarkup.clusters(s.target(), marks);
        List<Integer> numbers = new ArrayList<>();
        for (ItsMarkup.Cluster c : clusters) {
            int id = ids.next();
            numbers.add(id);
            standOffs.computeIfAbsent(i, k -> new ArrayList<>()).add(ItsMarkup.standOff(c, id, original));
        }
        return ItsMarkup.target(s.target(), s.codes(), original, clusters, v2, numbers);
    }

    /**
     * The state each start tag must get: a segment's state where it differs from what the file said (or, where it
     * said nothing, new/translated as import assumed), several segments of one XLIFF 1.2 target combined.
     */
    private Map<StateHost, FileState> changedStates(List<Segment> read) {
        Map<StateHost, FileState> byHost = new IdentityHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            ParsedSegment parsed = read.get(i).parsed();
            FileState imported = parsed.state() != null ? parsed.state()
                    : parsed.target() == null || parsed.target().isEmpty() ? FileState.NEW : FileState.TRANSLATED;
            FileState now = segments.get(i).state();
            StateHost host = read.get(i).host();
            if (now == null) {
                continue;
            }
            if (now != imported || byHost.containsKey(host)) {
                byHost.merge(host, now, XliffStates::combined);
            }
        }
        byHost.entrySet().removeIf(e -> e.getValue() == e.getKey().state());
        return byHost;
    }

    /** The state written into the tags that hold it, where the tag is not written by a target slot already. */
    private void stateTags(StateHost host, FileState state, Map<PatchSlot, String[]> contents) {
        String text = original.text();
        if (v2) {
            String tag = text.substring(host.tag().start(), host.tag().end());
            edits.replace(host.tag().start(), host.tag().end(), segmentTag(tag, state));
            return;
        }
        boolean written = contents.keySet().stream().anyMatch(slot -> slot.ownsTargetTag()
                && file.segments().stream().anyMatch(s -> s.slot() == slot && s.host() == host));
        if (host.tag() != null && !written) {
            edits.replace(host.tag().start(), host.tag().end(),
                    targetTag(text.substring(host.tag().start(), host.tag().end()), state));
        }
        if (host.tag() == null && !written) {
            return; // no target to carry a state
        }
        String unit = text.substring(host.unitTag().start(), host.unitTag().end());
        boolean approved = "yes".equals(StartTags.value(unit, "approved"));
        if (approved != (state == FileState.APPROVED)) {
            edits.replace(host.unitTag().start(), host.unitTag().end(),
                    StartTags.with(unit, "approved", state == FileState.APPROVED ? "yes" : null));
        }
    }

    private static String segmentTag(String tag, FileState state) {
        String edited = StartTags.with(tag, "state", XliffStates.xliff2State(state));
        if (state == FileState.REJECTED) {
            return StartTags.with(edited, "subState", XliffStates.REJECTED_SUBSTATE);
        }
        return XliffStates.REJECTED_SUBSTATE.equals(StartTags.value(edited, "subState"))
                ? StartTags.with(edited, "subState", null) : edited;
    }

    private static String targetTag(String tag, FileState state) {
        String edited = StartTags.with(tag, "state", XliffStates.xliff12State(state));
        String qualifier = StartTags.value(edited, "state-qualifier");
        boolean rejectedQualifier = qualifier != null && qualifier.startsWith("rejected-");
        if (state == FileState.REJECTED && !rejectedQualifier) {
            return StartTags.with(edited, "state-qualifier", XliffStates.REJECTED_QUALIFIER);
        }
        return state != FileState.REJECTED && rejectedQualifier ? StartTags.with(edited, "state-qualifier", null)
                : edited;
    }

    /**
     * The unit-level review data: Tandem's earlier stand-offs and comment notes out; with review data, the new
     * stand-off issues and notes in.
     */
    private void reviewData(List<Segment> read) {
        for (XliffDocument.Unit unit : file.units()) {
            unit.review().remove().forEach(range -> edits.replace(range.start(), range.end(), ""));
        }
        if (!review) {
            return;
        }
        int index = 0;
        for (XliffDocument.Unit unit : file.units()) {
            StringBuilder issues = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            for (Segment segment : unit.segments()) {
                standOffs.getOrDefault(index, List.of()).forEach(issues::append);
                TranslationFiles.SegmentText s = segments.get(index);
                String unitId = segment.parsed().unitId();
                String key = unitId.contains("/") ? unitId.substring(unitId.lastIndexOf('/') + 1) : null;
                if (s.review() != null) {
                    s.review().notes().forEach(note -> notes.append(ItsMarkup.note(note, key, v2, original)));
                }
                index++;
            }
            insertReviewData(unit.review(), issues.toString(), notes.toString());
        }
    }

    private void insertReviewData(XliffDocument.ReviewPlace place, String issues, String notes) {
        if (!v2) {
            if (!issues.isEmpty() || !notes.isEmpty()) {
                edits.insert(place.insertAt(), notes + issues);
            }
            return;
        }
        if (!issues.isEmpty()) {
            edits.insert(place.insertAt(), issues);
        }
        if (!notes.isEmpty()) {
            boolean open = place.notesOpenEnd() >= 0;
            edits.insert(open ? place.notesOpenEnd() : place.notesAt(), open ? notes : "<notes>" + notes + "</notes>");
        }
    }

    /** The ITS namespace where issues were written, and the trgLang XLIFF 2 requires once any target exists. */
    private void rootTag(String targetLang, boolean targets) {
        String root = original.text().substring(file.rootTag().start(), file.rootTag().end());
        String tag = standOffs.isEmpty() ? root : ItsMarkup.withItsOnRoot(root);
        if (v2 && file.targetLang() == null && targets && targetLang != null
                && !Languages.UNDETERMINED.equals(targetLang)) {
            int close = tag.lastIndexOf('>');
            tag = tag.substring(0, close) + " trgLang=\"" + targetLang.replace("\"", "") + "\"" + tag.substring(close);
        }
        if (!tag.equals(root)) {
            edits.replace(file.rootTag().start(), file.rootTag().end(), tag);
        }
    }
}
