package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import org.tandem.io.DocumentFormat;
import org.tandem.io.FileState;
import org.tandem.io.ImportException;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentContext;
import org.tandem.io.SegmentReview;
import org.tandem.io.xliff.InlineReader.Content;
import org.tandem.io.xliff.InlineReader.Element;
import org.tandem.io.xliff.InlineReader.Part;
import org.tandem.io.xliff.InlineReader.Parts;
import org.tandem.io.xliff.XliffDocument.Range;
import org.tandem.io.xliff.XliffDocument.ReviewPlace;
import org.tandem.io.xliff.XliffDocument.Segment;
import org.tandem.io.xliff.XliffDocument.StateHost;
import org.tandem.io.xliff.XliffDocument.Unit;
import org.tandem.io.xml.StaxCursor;

/**
 * Reads XLIFF 1.0–1.2 and 2.x units and their segments with Woodstox, recording for each target where it sits in the
 * decoded text. Okapi's filters give events without source positions, so they cannot drive a patch-only export
 * (DECISIONS.md).
 */
public final class XliffReader {

    public static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String ITS = "http://www.w3.org/2005/11/its";
    public static final String TANDEM = ReviewDataReader.TANDEM;
    private static final Set<String> PAIRED_1 = Set.of("g", "mrk");
    private static final Set<String> PAIRED_2 = Set.of("pc", "mrk");

    private final String fileName;
    private final String text;
    private final StaxCursor cursor;
    private final InlineReader inline;
    private final ReviewDataReader review;
    private final TargetSlots slots;
    private final List<Unit> units = new ArrayList<>();
    private String sourceLang;
    private String targetLang;
    /** The {@code original} of the {@code <file>} being read. */
    private String file;

    private XliffReader(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.cursor = StaxCursor.over(fileName, text);
        this.inline = new InlineReader(cursor, text);
        this.review = new ReviewDataReader(cursor);
        this.slots = new TargetSlots(text);
    }

    /** The target language an XLIFF 1.2 target written anew declares, if the file says one. */
    private String lang() {
        return targetLang == null || targetLang.isBlank() ? null : targetLang;
    }

    /** Reads the file's units; a file that is not XLIFF, or not well-formed, fails naming file and place. */
    public static XliffDocument read(String fileName, String text) {
        if (text.isBlank()) {
            throw new ImportException(fileName, "the file is empty");
        }
        return new XliffReader(fileName, text).run();
    }

    /** The XLIFF versions OASIS published (1.0 to 1.2, 2.0 to 2.2). */
    private static final java.util.List<String> KNOWN_VERSIONS = java.util.List.of("1.0", "1.1", "1.2", "2.0", "2.1",
            "2.2");

    private XliffDocument run() {
        boolean root = cursor.nextStartElement();
        if (!root || !"xliff".equals(cursor.localName())) {
            throw cursor.problem(ImportException.NOT_XLIFF + ": the root element is <"
                    + (root ? cursor.localName() : "none") + ">");
        }
        String ns = cursor.namespace();
        String version = cursor.attr("version");
        Range rootTag = new Range(cursor.start(), cursor.end());
        if (version != null && !KNOWN_VERSIONS.contains(version.strip())) {
            throw cursor.problem(ImportException.NOT_XLIFF + " Tandem reads: version=\"" + version
                    + "\" is none of " + String.join(", ", KNOWN_VERSIONS));
        }
        boolean v2 = ns.startsWith("urn:oasis:names:tc:xliff:document:2.")
                || (ns.isEmpty() && version != null && version.startsWith("2"));
        if (v2) {
            sourceLang = cursor.attr("srcLang");
            targetLang = cursor.attr("trgLang");
            readVersion2();
        } else {
            readVersion1();
        }
        if (sourceLang == null || sourceLang.isBlank()) {
            throw cursor.problem("the file does not declare its source language");
        }
        return new XliffDocument(v2 ? DocumentFormat.XLIFF_2 : DocumentFormat.XLIFF_1, version, sourceLang,
                targetLang == null || targetLang.isBlank() ? null : targetLang, rootTag, units);
    }

    // ---- XLIFF 1.x -------------------------------------------------------------------------------------------

    private void readVersion1() {
        while (cursor.nextStartElement()) {
            switch (cursor.localName()) {
                case "file" -> {
                    file = cursor.attr("original");
                    if (sourceLang == null) {
                        sourceLang = cursor.attr("source-language");
                        targetLang = cursor.attr("target-language");
                    }
                }
                case "trans-unit" -> readTransUnit();
                case "bin-unit" -> cursor.skipElement();
                default -> { }
            }
        }
    }

    /** What a trans-unit holds, as read. */
    static final class TransUnit {
        final Codes codes = new Codes(PAIRED_1);
        Content source;
        Parts segSource;
        Element sourceElement;
        Element segSourceElement;
        Element targetElement;
        Content target;
        Parts targetParts;
        String targetState;
        String qualifier;
    }

    private void readTransUnit() {
        String id = cursor.attr("id");
        if (id == null || id.isBlank()) {
            throw cursor.problem("<trans-unit> has no id attribute");
        }
        boolean translatable = !"no".equals(cursor.attr("translate"));
        review.startUnit();
        Element unitElement = inline.element();
        String approved = cursor.attr("approved");
        TransUnit u = new TransUnit();
        int unitClose = -1;
        while (cursor.hasNext()) {
            int event = cursor.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                unitClose = cursor.start();
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                readTransUnitChild(u);
            }
        }
        if (u.source == null) {
            throw cursor.problem("<trans-unit id=\"" + id + "\"> has no <source>");
        }
        if (!translatable) {
            return;
        }
        ReviewPlace place = new ReviewPlace(unitClose, -1, unitClose, review.tandemRanges());
        FileState state = XliffStates.fromXliff12(u.targetState, u.qualifier, approved);
        StateHost host = new StateHost(new Range(unitElement.start(), unitElement.openEnd()),
                u.targetElement == null ? null : new Range(u.targetElement.start(), u.targetElement.openEnd()), state);
        List<Segment> segments = u.segSource != null && !u.segSource.items.isEmpty()
                ? segmentedUnit(id, u, host) : List.of(plainUnit(id, u, host));
        units.add(new Unit(place, segments));
    }

    private void readTransUnitChild(TransUnit u) {
        switch (cursor.localName()) {
            case "source" -> {
                u.sourceElement = inline.element();
                u.source = inline.readContent(u.codes.forSource(), null);
                u.sourceElement = u.sourceElement.closedAt(u.source.elementEnd);
            }
            case "seg-source" -> {
                u.segSourceElement = inline.element();
                u.segSource = new Parts();
                Content c = inline.readContent(u.codes.forSource(), u.segSource);
                u.segSourceElement = u.segSourceElement.closedAt(c.elementEnd);
                u.segSource.contentStart = c.contentStart;
                u.segSource.contentEnd = c.contentEnd;
            }
            case "target" -> {
                u.targetElement = inline.element();
                u.targetState = cursor.attr("state");
                u.qualifier = cursor.attr("state-qualifier");
                u.targetParts = new Parts();
                u.target = inline.readContent(u.codes.forTarget(), u.segSource == null ? null : u.targetParts);
                u.targetElement = u.targetElement.closedAt(u.target.elementEnd);
            }
            case "locQualityIssues" -> review.readStandOff();
            case "note" -> review.readNote(cursor.attr("from"));
            default -> cursor.skipElement();
        }
    }

    private Segment plainUnit(String id, TransUnit u, StateHost host) {
        PatchSlot slot;
        if (u.targetElement == null) {
            Element after = u.segSourceElement != null ? u.segSourceElement : u.sourceElement;
            slot = slots.insertion(after, u.sourceElement, lang(), List.of("", ""), List.of(PatchSlot.Hole.content("")));
        } else {
            slot = slots.targetSlot(u.targetElement, u.target);
        }
        ParsedSegment parsed = new ParsedSegment(id, u.source.text, u.target == null ? null : u.target.text,
                u.codes.all(), host.state(), review.review(u.target == null ? List.of() : u.target.marks, null, true),
                context());
        return new Segment(parsed, slot, 0, host);
    }

    private List<Segment> segmentedUnit(String id, TransUnit u, StateHost host) {
        Map<String, Part> targetByMid = new HashMap<>();
        if (u.targetParts != null) {
            for (Part part : u.targetParts.items) {
                targetByMid.putIfAbsent(part.mid, part);
            }
        }
        List<Part> order = new ArrayList<>();
        PatchSlot slot = u.targetElement != null && !targetByMid.isEmpty()
                && u.target.contentStart < u.target.contentEnd
                ? slots.segmentedTarget(u, targetByMid, order) : slots.newSegmentedTarget(u, targetByMid, order, lang());
        boolean several = u.segSource.items.size() > 1;
        List<Segment> segments = new ArrayList<>();
        for (Part sourcePart : u.segSource.items) {
            Part targetPart = targetByMid.get(sourcePart.mid);
            String unitId = several ? id + "/" + sourcePart.mid : id;
            String targetText = targetPart == null || targetPart.missing ? null : targetPart.content.text;
            SegmentReview data = review.review(targetPart == null || targetPart.content == null ? List.of()
                    : targetPart.content.marks, sourcePart.mid, sourcePart == u.segSource.items.get(0));
            segments.add(new Segment(new ParsedSegment(unitId, sourcePart.content.text, targetText, u.codes.all(),
                    host.state(), data, context()), slot, order.indexOf(targetPart), host));
        }
        return segments;
    }

    // ---- XLIFF 2.x -------------------------------------------------------------------------------------------

    private void readVersion2() {
        while (cursor.nextStartElement()) {
            boolean xliff = cursor.namespace().startsWith("urn:oasis:names:tc:xliff:document:2.");
            if (xliff && "file".equals(cursor.localName())) {
                file = cursor.attr("original") != null ? cursor.attr("original") : cursor.attr("id");
            } else if (xliff && "unit".equals(cursor.localName())) {
                readUnit();
            }
        }
    }

    /** The file and the notes of the unit just read, for its segments. */
    private SegmentContext context() {
        return new SegmentContext(file == null || file.isBlank() ? null : file, review.fileNotes());
    }

    private void readUnit() {
        String id = cursor.attr("id");
        if (id == null || id.isBlank()) {
            throw cursor.problem("<unit> has no id attribute");
        }
        review.startUnit();
        int unitOpenEnd = cursor.end();
        int notesAt = -1;
        record Read(String id, ParsedSegment segment, PatchSlot slot, StateHost host,
                    List<InlineReader.RawMark> marks) {
        }
        List<Read> read = new ArrayList<>();
        while (cursor.hasNext()) {
            int event = cursor.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (notesAt < 0 && Set.of("originalData", "segment", "ignorable").contains(cursor.localName())) {
                notesAt = cursor.start();
            }
            if ("locQualityIssues".equals(cursor.localName()) && ITS.equals(cursor.namespace())) {
                review.readStandOff();
            } else if ("notes".equals(cursor.localName())) {
                review.readNotes();
            } else if (!"segment".equals(cursor.localName())) {
                cursor.skipElement();
            } else {
                String segmentId = cursor.attr("id");
                Element segmentElement = inline.element();
                FileState state = XliffStates.fromXliff2(cursor.attr("state"), cursor.attr("subState"));
                Codes codes = new Codes(PAIRED_2);
                Content[] contents = new Content[2];
                Element[] elements = new Element[2];
                readSegment(id, codes, contents, elements);
                PatchSlot slot = elements[1] == null ? slots.insertion(elements[0], elements[0], null, List.of("", ""),
                        List.of(PatchSlot.Hole.content(""))) : slots.targetSlot(elements[1], contents[1]);
                read.add(new Read(segmentId, new ParsedSegment(id, contents[0].text,
                        contents[1] == null ? null : contents[1].text, codes.all(), state), slot,
                        new StateHost(null, new Range(segmentElement.start(), segmentElement.openEnd()), state),
                        contents[1] == null ? List.of() : contents[1].marks));
            }
        }
        ReviewPlace place = new ReviewPlace(unitOpenEnd, review.notesOpenEnd(), notesAt < 0 ? unitOpenEnd : notesAt,
                review.tandemRanges());
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            String key = r.id() == null ? String.valueOf(i + 1) : r.id();
            String unitId = read.size() == 1 ? id : id + "/" + key;
            ParsedSegment s = r.segment();
            segments.add(new Segment(new ParsedSegment(unitId, s.source(), s.target(), s.codes(), s.state(),
                    review.review(r.marks(), key, i == 0), context()), r.slot(), 0, r.host()));
        }
        units.add(new Unit(place, segments));
    }

    /** A segment's source (index 0) and target (1): content and element, up to the segment's end tag. */
    private void readSegment(String unitId, Codes codes, Content[] contents, Element[] elements) {
        while (cursor.hasNext()) {
            int inner = cursor.next();
            if (inner == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (inner != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int side = switch (cursor.localName()) {
                case "source" -> 0;
                case "target" -> 1;
                default -> -1;
            };
            if (side < 0) {
                cursor.skipElement();
                continue;
            }
            Element element = inline.element();
            contents[side] = inline.readContent(side == 0 ? codes.forSource() : codes.forTarget(), null);
            elements[side] = element.closedAt(contents[side].elementEnd);
        }
        if (contents[0] == null) {
            throw cursor.problem("a <segment> of unit \"" + unitId + "\" has no <source>");
        }
    }

    // ---- shared ----------------------------------------------------------------------------------------------
}
