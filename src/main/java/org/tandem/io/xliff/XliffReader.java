package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.tandem.io.DocumentFormat;
import org.tandem.io.FileState;
import org.tandem.io.ImportException;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentReview;
import org.tandem.io.xml.SecureXml;
import org.tandem.markup.InlineCode;

/**
 * Reads XLIFF 1.0–1.2 and 2.x segments with Woodstox, recording for each target where it sits in the decoded text.
 * Okapi's filters give events without source positions, so they cannot drive a patch-only export (DECISIONS.md).
 */
public final class XliffReader {

    public static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Set<String> PAIRED_1 = Set.of("g", "mrk");
    private static final Set<String> PAIRED_2 = Set.of("pc", "mrk");
    private static final Pattern SELF_CLOSE = Pattern.compile("\\s*/>$");

    /** The segments of a file and, parallel to them, where their targets are. */
    public record Scan(DocumentFormat format, String version, String sourceLang, String targetLang,
                List<ParsedSegment> segments, List<PatchSlot> slots, List<int[]> places, int rootTagEnd,
                List<StateHost> hosts, List<Integer> hostOf, int rootTagStart, List<UnitPlace> units,
                List<Integer> unitOf) {
    }

    /**
     * Where review data goes in a unit: {@code insertAt} is before {@code </trans-unit>} (1.2) or after the
     * {@code <unit>} start tag (2.x); {@code notesOpenEnd} is after an XLIFF 2 {@code <notes>} start tag that stays
     * (-1: none), else {@code notesAt} is where a new one goes; {@code remove} are the ranges of review data Tandem wrote there before.
     */
    record UnitPlace(int insertAt, int notesOpenEnd, int notesAt, List<int[]> remove) {
    }

    /**
     * The start tags that carry a workflow state: XLIFF 1.2 a trans-unit ({@code approved}) and its target
     * ({@code state}, absent: -1), shared by the unit's segments; XLIFF 2 a segment ({@code state}), in
     * {@code tagStart}/{@code tagOpenEnd} with no unit tag (-1).
     */
    record StateHost(int unitStart, int unitOpenEnd, int tagStart, int tagOpenEnd, FileState state) {
    }

    private final String fileName;
    private final String text;
    private XMLStreamReader2 r;
    private final List<ParsedSegment> segments = new ArrayList<>();
    private final List<PatchSlot> slots = new ArrayList<>();
    private final List<int[]> places = new ArrayList<>();
    private final List<StateHost> hosts = new ArrayList<>();
    private final List<Integer> hostOf = new ArrayList<>();
    private String sourceLang;
    private String targetLang;
    /** While a target is read: ITS quality marks found in it are unwrapped into the builder being filled. */
    private boolean inTarget;
    private List<RawMark> currentMarks = new ArrayList<>();
    /** The unit's stand-off ITS issues by xml:id, and its Tandem comment notes. */
    private final Map<String, List<Map<String, String>>> standOff = new HashMap<>();
    private final List<UnitNote> unitNotes = new ArrayList<>();
    private final List<UnitPlace> units = new ArrayList<>();
    private final List<Integer> unitOf = new ArrayList<>();
    /** Ranges of the current unit's Tandem-written review elements, and its XLIFF 2 notes element. */
    private final List<int[]> tandemRanges = new ArrayList<>();
    private int notesOpenEnd = -1;

    public static final String ITS = "http://www.w3.org/2005/11/its";
    static final String TANDEM = "urn:tandem:review";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** An ITS quality mark as found: its span in the text read and its attributes (or a stand-off reference). */
    private record RawMark(int start, int end, Map<String, String> attributes) {
    }

    /** A Tandem comment note and the segment (XLIFF 2 segment id, or 1.2 mid) it was written for, if named. */
    private record UnitNote(String segment, SegmentReview.ReviewNote note) {
    }

    private XliffReader(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
    }

    public static Scan scan(String fileName, String text) {
        return new XliffReader(fileName, text).run();
    }

    private Scan run() {
        if (text.isBlank()) {
            throw new ImportException(fileName, "the file is empty");
        }
        try {
            r = SecureXml.reader(text);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw undeclaredEntity();
                }
            }
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !"xliff".equals(r.getLocalName())) {
                throw problem(ImportException.NOT_XLIFF + ": the root element is <"
                        + (r.getEventType() == XMLStreamConstants.START_ELEMENT ? r.getLocalName() : "none") + ">");
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            String version = attr("version");
            int rootTagEnd = (int) r.getLocationInfo().getEndingCharOffset();
            int rootTagStart = (int) r.getLocationInfo().getStartingCharOffset();
            boolean v2 = ns.startsWith("urn:oasis:names:tc:xliff:document:2.")
                    || (ns.isEmpty() && version != null && version.startsWith("2"));
            if (v2) {
                sourceLang = attr("srcLang");
                targetLang = attr("trgLang");
                readVersion2();
            } else {
                readVersion1();
            }
            if (sourceLang == null || sourceLang.isBlank()) {
                throw problem("the file does not declare its source language");
            }
            return new Scan(v2 ? DocumentFormat.XLIFF_2 : DocumentFormat.XLIFF_1, version, sourceLang,
                    targetLang == null || targetLang.isBlank() ? null : targetLang, segments, slots, places,
                    rootTagEnd, hosts, hostOf, rootTagStart, units, unitOf);
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    // ---- XLIFF 1.x -------------------------------------------------------------------------------------------

    private void readVersion1() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "file" -> {
                    if (sourceLang == null) {
                        sourceLang = attr("source-language");
                        targetLang = attr("target-language");
                    }
                }
                case "trans-unit" -> readTransUnit();
                case "bin-unit" -> skipElement();
                default -> { }
            }
        }
    }

    private void readTransUnit() throws XMLStreamException {
        String id = attr("id");
        if (id == null || id.isBlank()) {
            throw problem("<trans-unit> has no id attribute");
        }
        boolean translatable = !"no".equals(attr("translate"));
        standOff.clear();
        unitNotes.clear();
        tandemRanges.clear();
        notesOpenEnd = -1;
        Element unitElement = element();
        int unitClose = -1;
        String approved = attr("approved");
        String targetState = null;
        String qualifier = null;
        Codes codes = new Codes(PAIRED_1);
        Content source = null;
        Parts segSource = null;
        Element sourceElement = null;
        Element segSourceElement = null;
        Element targetElement = null;
        Content target = null;
        Parts targetParts = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                unitClose = (int) r.getLocationInfo().getStartingCharOffset();
                break;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "source" -> {
                    sourceElement = element();
                    source = readContent(codes.forSource(), null);
                    sourceElement = sourceElement.closedAt(source.elementEnd);
                }
                case "seg-source" -> {
                    segSourceElement = element();
                    segSource = new Parts();
                    Content c = readContent(codes.forSource(), segSource);
                    segSourceElement = segSourceElement.closedAt(c.elementEnd);
                    segSource.contentStart = c.contentStart;
                    segSource.contentEnd = c.contentEnd;
                }
                case "target" -> {
                    targetElement = element();
                    targetState = attr("state");
                    qualifier = attr("state-qualifier");
                    targetParts = new Parts();
                    inTarget = true;
                    target = readContent(codes.forTarget(), segSource == null ? null : targetParts);
                    inTarget = false;
                    targetElement = targetElement.closedAt(target.elementEnd);
                }
                case "locQualityIssues" -> readStandOff();
                case "note" -> readNote(attr("from"));
                default -> skipElement();
            }
        }
        if (source == null) {
            throw problem("<trans-unit id=\"" + id + "\"> has no <source>");
        }
        if (!translatable) {
            return;
        }
        units.add(new UnitPlace(unitClose, -1, unitClose, List.copyOf(tandemRanges)));
        FileState state = XliffStates.fromXliff12(targetState, qualifier, approved);
        hosts.add(new StateHost(unitElement.start(), unitElement.openEnd(),
                targetElement == null ? -1 : targetElement.start(), targetElement == null ? -1 : targetElement.openEnd(),
                state));
        if (segSource != null && !segSource.items.isEmpty()) {
            addSegmentedUnit(id, codes, segSource, segSourceElement, targetElement, target, targetParts);
        } else {
            addPlainUnit(id, codes, source, sourceElement, segSourceElement, targetElement, target);
        }
    }

    private void addPlainUnit(String id, Codes codes, Content source, Element sourceElement,
                              Element segSourceElement, Element targetElement, Content target) {
        PatchSlot slot;
        if (targetElement == null) {
            Element after = segSourceElement != null ? segSourceElement : sourceElement;
            slot = insertion(after, sourceElement, true, List.of("", ""), List.of(PatchSlot.Hole.content("")));
        } else {
            slot = targetSlot(targetElement, target);
        }
        addSegment(id, source.text, target == null ? null : target.text, codes.all(), slot,
                review(target == null ? List.of() : target.marks, null, true));
    }

    private void addSegmentedUnit(String id, Codes codes, Parts segSource, Element segSourceElement,
                                  Element targetElement, Content target, Parts targetParts) {
        Map<String, Part> targetByMid = new HashMap<>();
        if (targetParts != null) {
            for (Part part : targetParts.items) {
                targetByMid.putIfAbsent(part.mid, part);
            }
        }
        boolean several = segSource.items.size() > 1;
        PatchSlot slot;
        List<Part> order = new ArrayList<>();
        if (targetElement != null && !targetByMid.isEmpty() && target.contentStart < target.contentEnd) {
            // Patch the target's own mrk contents; mrks the target lacks are appended.
            List<String> literals = new ArrayList<>();
            List<PatchSlot.Hole> holes = new ArrayList<>();
            int at = target.contentStart;
            for (Part part : targetParts.items) {
                literals.add(text.substring(at, part.holeStart));
                holes.add(part.hole);
                at = part.holeEnd;
                order.add(part);
            }
            literals.add(text.substring(at, target.contentEnd));
            for (Part sourcePart : segSource.items) {
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
            slot = new PatchSlot(target.contentStart, target.contentEnd, literals, holes);
        } else {
            // No segmented target: build one from the seg-source's structure, empty segments to fill.
            List<String> literals = new ArrayList<>();
            List<PatchSlot.Hole> holes = new ArrayList<>();
            int at = segSource.contentStart;
            String pending = "";
            for (Part part : segSource.items) {
                literals.add(pending + text.substring(at, part.holeStart) + part.hole.prefix());
                holes.add(PatchSlot.Hole.content(""));
                pending = part.hole.suffix();
                at = part.holeEnd;
                order.add(part.asEmptyTarget());
            }
            literals.add(pending + text.substring(at, segSource.contentEnd));
            targetByMid.clear();
            for (Part p : order) {
                targetByMid.put(p.mid, p);
            }
            if (targetElement == null) {
                slot = insertion(segSourceElement, segSourceElement, true, literals, holes);
            } else {
                List<String> all = new ArrayList<>(literals);
                all.set(0, targetElement.openTag(text) + all.get(0));
                all.set(all.size() - 1, all.get(all.size() - 1) + "</" + targetElement.qname + ">");
                slot = new PatchSlot(targetElement.start, targetElement.end, all, holes);
            }
        }
        int slotIndex = slots.size();
        slots.add(slot);
        for (Part sourcePart : segSource.items) {
            Part targetPart = targetByMid.get(sourcePart.mid);
            int hole = order.indexOf(targetPart);
            String unitId = several ? id + "/" + sourcePart.mid : id;
            String targetText = targetPart == null || targetPart.missing ? null : targetPart.content.text;
            segments.add(new ParsedSegment(unitId, sourcePart.content.text, targetText, codes.all(),
                    hosts.get(hosts.size() - 1).state(), review(targetPart == null || targetPart.content == null
                            ? List.of() : targetPart.content.marks, sourcePart.mid,
                            sourcePart == segSource.items.get(0))));
            places.add(new int[] {slotIndex, hole});
            hostOf.add(hosts.size() - 1);
            unitOf.add(units.size() - 1);
        }
    }

    // ---- XLIFF 2.x -------------------------------------------------------------------------------------------

    private void readVersion2() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
            if (event == XMLStreamConstants.START_ELEMENT && "unit".equals(r.getLocalName())
                    && r.getNamespaceURI() != null && r.getNamespaceURI().startsWith("urn:oasis:names:tc:xliff:document:2.")) {
                readUnit();
            }
        }
    }

    private void readUnit() throws XMLStreamException {
        String id = attr("id");
        if (id == null || id.isBlank()) {
            throw problem("<unit> has no id attribute");
        }
        standOff.clear();
        unitNotes.clear();
        tandemRanges.clear();
        notesOpenEnd = -1;
        int unitOpenEnd = (int) r.getLocationInfo().getEndingCharOffset();
        int notesAt = -1;
        record Seg(String id, ParsedSegment segment, PatchSlot slot, StateHost host, List<RawMark> marks) {
        }
        List<Seg> unitSegments = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (notesAt < 0 && Set.of("originalData", "segment", "ignorable").contains(r.getLocalName())) {
                notesAt = (int) r.getLocationInfo().getStartingCharOffset();
            }
            if ("locQualityIssues".equals(r.getLocalName()) && ITS.equals(r.getNamespaceURI())) {
                readStandOff();
                continue;
            }
            if ("notes".equals(r.getLocalName())) {
                readNotes();
                continue;
            }
            if (!"segment".equals(r.getLocalName())) {
                skipElement();
                continue;
            }
            String segmentId = attr("id");
            Element segmentElement = element();
            FileState state = XliffStates.fromXliff2(attr("state"), attr("subState"));
            Codes codes = new Codes(PAIRED_2);
            Content source = null;
            Content target = null;
            Element sourceElement = null;
            Element targetElement = null;
            while (r.hasNext()) {
                int inner = r.next();
                if (inner == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (inner != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "source" -> {
                        sourceElement = element();
                        source = readContent(codes.forSource(), null);
                        sourceElement = sourceElement.closedAt(source.elementEnd);
                    }
                    case "target" -> {
                        targetElement = element();
                        inTarget = true;
                        target = readContent(codes.forTarget(), null);
                        inTarget = false;
                        targetElement = targetElement.closedAt(target.elementEnd);
                    }
                    default -> skipElement();
                }
            }
            if (source == null) {
                throw problem("a <segment> of unit \"" + id + "\" has no <source>");
            }
            PatchSlot slot = targetElement == null
                    ? insertion(sourceElement, sourceElement, false, List.of("", ""), List.of(PatchSlot.Hole.content("")))
                    : targetSlot(targetElement, target);
            unitSegments.add(new Seg(segmentId, new ParsedSegment(id, source.text,
                    target == null ? null : target.text, codes.all(), state), slot,
                    new StateHost(-1, -1, segmentElement.start(), segmentElement.openEnd(), state),
                    target == null ? List.of() : target.marks));
        }
        units.add(new UnitPlace(unitOpenEnd, notesOpenEnd, notesAt < 0 ? unitOpenEnd : notesAt,
                List.copyOf(tandemRanges)));
        for (int i = 0; i < unitSegments.size(); i++) {
            Seg seg = unitSegments.get(i);
            String unitId = unitSegments.size() == 1 ? id
                    : id + "/" + (seg.id() == null ? String.valueOf(i + 1) : seg.id());
            ParsedSegment s = seg.segment();
            hosts.add(seg.host());
            addSegment(unitId, s.source(), s.target(), s.codes(), seg.slot(),
                    review(seg.marks(), seg.id() == null ? String.valueOf(i + 1) : seg.id(), i == 0));
        }
    }

    // ---- shared ----------------------------------------------------------------------------------------------

    /** Adds a segment whose state host is the last one added. */
    private void addSegment(String unitId, String source, String target, List<InlineCode> codes, PatchSlot slot,
                            SegmentReview review) {
        slots.add(slot);
        segments.add(new ParsedSegment(unitId, source, target, codes, hosts.get(hosts.size() - 1).state(), review));
        places.add(new int[] {slots.size() - 1, 0});
        hostOf.add(hosts.size() - 1);
        unitOf.add(units.size() - 1);
    }

    /** A slot for an existing target element: its content, or the whole element when it is {@code <target/>}. */
    private PatchSlot targetSlot(Element targetElement, Content target) {
        if (targetElement.empty) {
            String open = targetElement.openTag(text);
            return new PatchSlot(targetElement.start, targetElement.end, List.of("", ""),
                    List.of(new PatchSlot.Hole(text.substring(targetElement.start, targetElement.end),
                            open, "</" + targetElement.qname + ">")));
        }
        return new PatchSlot(target.contentStart, target.contentEnd, List.of("", ""),
                List.of(PatchSlot.Hole.content(text.substring(target.contentStart, target.contentEnd))));
    }

    /**
     * A slot that inserts a new target element right after {@code after}, indented like {@code like}, holding
     * {@code inner} literals around the holes. XLIFF 1.2 targets get {@code xml:lang}; XLIFF 2 ones inherit trgLang.
     */
    private PatchSlot insertion(Element after, Element like, boolean withLang, List<String> inner,
                                List<PatchSlot.Hole> holes) {
        int i = like.start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '\n') {
            i--;
            if (i > 0 && text.charAt(i - 1) == '\r') {
                i--;
            }
        }
        String indent = text.substring(i, like.start);
        String prefix = like.qname.contains(":") ? like.qname.substring(0, like.qname.indexOf(':') + 1) : "";
        String lang = withLang && targetLang != null && !targetLang.isBlank()
                ? " xml:lang=\"" + escapeAttribute(targetLang) + "\"" : "";
        List<String> literals = new ArrayList<>(inner);
        literals.set(0, indent + "<" + prefix + "target" + lang + ">" + literals.get(0));
        literals.set(literals.size() - 1, literals.get(literals.size() - 1) + "</" + prefix + "target>");
        return new PatchSlot(after.end, after.end, literals, holes);
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** Text and codes of a source/target (or one mrk segment), with the element's content range. */
    private static final class Content {
        final StringBuilder sb = new StringBuilder();
        final List<RawMark> marks = new ArrayList<>();
        String text;
        int contentStart;
        int contentEnd;
        int elementEnd;
    }

    /** mrk mtype="seg" parts of a seg-source or target. */
    private static final class Parts {
        final List<Part> items = new ArrayList<>();
        int contentStart;
        int contentEnd;
    }

    private static final class Part {
        String mid;
        Content content;
        int holeStart;
        int holeEnd;
        PatchSlot.Hole hole;
        String openTag;
        String closeTag;
        boolean missing;

        Part asEmptyTarget() {
            Part p = new Part();
            p.mid = mid;
            p.missing = true;
            p.openTag = openTag;
            p.closeTag = closeTag;
            return p;
        }

    }

    /** Start tag position and name of an element being read. */
    private record Element(String qname, int start, int openEnd, int end, boolean empty) {
        Element closedAt(int elementEnd) {
            return new Element(qname, start, openEnd, elementEnd, empty);
        }

        String openTag(String text) {
            return SELF_CLOSE.matcher(text.substring(start, openEnd)).replaceFirst(">");
        }
    }

    private Element element() throws XMLStreamException {
        int start = (int) r.getLocationInfo().getStartingCharOffset();
        int openEnd = (int) r.getLocationInfo().getEndingCharOffset();
        String qname = r.getPrefix() == null || r.getPrefix().isEmpty() ? r.getLocalName()
                : r.getPrefix() + ":" + r.getLocalName();
        return new Element(qname, start, openEnd, openEnd, r.isEmptyElement());
    }

    /**
     * Reads the content of the element the reader is at, up to its end tag. Inline elements become placeholder
     * tokens; with {@code parts}, each {@code mrk mtype="seg"} becomes a part of its own.
     */
    private Content readContent(Codes.Side side, Parts parts) throws XMLStreamException {
        Content content = new Content();
        List<RawMark> outer = currentMarks;
        currentMarks = content.marks;
        try {
            return readContentInto(content, side, parts);
        } finally {
            currentMarks = outer;
        }
    }

    private Content readContentInto(Content content, Codes.Side side, Parts parts) throws XMLStreamException {
        boolean empty = r.isEmptyElement();
        content.contentStart = (int) r.getLocationInfo().getEndingCharOffset();
        if (empty) {
            r.next();
            content.contentEnd = content.contentStart;
            content.elementEnd = content.contentStart;
            content.text = "";
            return content;
        }
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        content.sb.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw undeclaredEntity();
                case XMLStreamConstants.START_ELEMENT -> {
                    if (parts != null && "mrk".equals(r.getLocalName()) && "seg".equals(attr("mtype"))) {
                        parts.items.add(readPart(side));
                    } else {
                        readInline(side, content.sb);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    content.contentEnd = (int) r.getLocationInfo().getStartingCharOffset();
                    content.elementEnd = (int) r.getLocationInfo().getEndingCharOffset();
                    content.text = content.sb.toString();
                    return content;
                }
                default -> { }
            }
        }
        throw problem("unexpected end of file");
    }

    private Part readPart(Codes.Side side) throws XMLStreamException {
        Part part = new Part();
        part.mid = attr("mid");
        if (part.mid == null) {
            throw problem("<mrk mtype=\"seg\"> has no mid attribute");
        }
        Element mrk = element();
        part.openTag = mrk.openTag(text);
        part.closeTag = "</" + mrk.qname + ">";
        part.content = readContent(side, null);
        if (mrk.empty) {
            part.holeStart = mrk.start;
            part.holeEnd = mrk.openEnd;
            part.hole = new PatchSlot.Hole(text.substring(mrk.start, mrk.openEnd), part.openTag, part.closeTag);
        } else {
            part.holeStart = part.content.contentStart;
            part.holeEnd = part.content.contentEnd;
            part.hole = PatchSlot.Hole.content(text.substring(part.holeStart, part.holeEnd));
        }
        return part;
    }

    /** An inline element: a paired one opens and closes a token around its content, others are one token. */
    private void readInline(Codes.Side side, StringBuilder sb) throws XMLStreamException {
        if (isQualityMark()) {
            readQualityMark(side, sb);
            return;
        }
        String name = r.getLocalName();
        String key = side.key(name, this::attr);
        int start = (int) r.getLocationInfo().getStartingCharOffset();
        int openEnd = (int) r.getLocationInfo().getEndingCharOffset();
        boolean empty = r.isEmptyElement();
        if (side.paired(name) && !empty) {
            int number = side.number(key);
            sb.append(side.add(number, InlineCode.Kind.OPEN, name, text.substring(start, openEnd)).token());
            readChildren(side, sb);
            int closeStart = (int) r.getLocationInfo().getStartingCharOffset();
            int closeEnd = (int) r.getLocationInfo().getEndingCharOffset();
            sb.append(side.add(number, InlineCode.Kind.CLOSE, name, text.substring(closeStart, closeEnd)).token());
            return;
        }
        skipElement();
        int end = (int) r.getLocationInfo().getEndingCharOffset();
        int number = side.number(key);
        sb.append(side.add(number, InlineCode.Kind.EMPTY, name, text.substring(start, end)).token());
    }

    // ---- ITS quality issues and Tandem's comment notes ------------------------------------------------------

    /**
     * An mrk carrying ITS Localization Quality Issue data: an annotation, not an inline code, so it is unwrapped
     * on import in source and target alike; a target's keeps its span as review data.
     */
    private boolean isQualityMark() {
        if (!"mrk".equals(r.getLocalName())) {
            return false;
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (ITS.equals(r.getAttributeNamespace(i)) && r.getAttributeLocalName(i).startsWith("locQualityIssue")) {
                return true;
            }
        }
        return false;
    }

    private void readQualityMark(Codes.Side side, StringBuilder sb) throws XMLStreamException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (ITS.equals(r.getAttributeNamespace(i))) {
                attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
        int start = sb.length();
        List<RawMark> marks = currentMarks;
        readChildren(side, sb);
        marks.add(new RawMark(start, sb.length(), attributes));
    }

    /** Reads an inline element's content into the builder, up to its end tag (where the reader then is). */
    private void readChildren(Codes.Side side, StringBuilder sb) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw undeclaredEntity();
                case XMLStreamConstants.START_ELEMENT -> readInline(side, sb);
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> { }
            }
        }
        throw problem("unexpected end of file");
    }

    /** {@code <its:locQualityIssues xml:id="…">} with its issues, for the unit's marks that refer to it. */
    private void readStandOff() throws XMLStreamException {
        String id = r.getAttributeValue(XML_NS, "id");
        int start = (int) r.getLocationInfo().getStartingCharOffset();
        List<Map<String, String>> issues = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new HashMap<>();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                }
                issues.add(attributes);
                skipElement();
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
        }
        if (id != null) {
            standOff.put(id, issues);
            if (id.startsWith(ItsMarkup.ID_PREFIX)) {
                tandemRanges.add(new int[] {start, (int) r.getLocationInfo().getEndingCharOffset()});
            }
        }
    }

    /** XLIFF 2 {@code <notes>}. */
    private void readNotes() throws XMLStreamException {
        int start = (int) r.getLocationInfo().getStartingCharOffset();
        int openEnd = (int) r.getLocationInfo().getEndingCharOffset();
        int before = tandemRanges.size();
        int others = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (others == 0) {
                    // only Tandem's notes: the whole element goes, as an empty <notes> is not allowed
                    tandemRanges.subList(before, tandemRanges.size()).clear();
                    tandemRanges.add(new int[] {start, (int) r.getLocationInfo().getEndingCharOffset()});
                } else {
                    notesOpenEnd = openEnd;
                }
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("note".equals(r.getLocalName())) {
                    if (!readNote(null)) {
                        others++;
                    }
                } else {
                    others++;
                    skipElement();
                }
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
        }
    }

    /** A note; kept only when it is a Tandem comment (it carries {@code tandem:comment}). Returns whether it is. */
    private boolean readNote(String from) throws XMLStreamException {
        int start = (int) r.getLocationInfo().getStartingCharOffset();
        String comment = r.getAttributeValue(TANDEM, "comment");
        String thread = r.getAttributeValue(TANDEM, "thread");
        String author = r.getAttributeValue(TANDEM, "author");
        String resolved = r.getAttributeValue(TANDEM, "resolved");
        String segment = r.getAttributeValue(TANDEM, "segment");
        String body = r.getElementText();
        if (comment == null) {
            return false;
        }
        tandemRanges.add(new int[] {start, (int) r.getLocationInfo().getEndingCharOffset()});
        try {
            unitNotes.add(new UnitNote(segment, new SegmentReview.ReviewNote(Long.parseLong(comment),
                    thread == null ? null : Long.parseLong(thread), author != null ? author : from == null ? "" : from,
                    body, "yes".equals(resolved))));
        } catch (NumberFormatException e) {
            throw problem("a Tandem comment note has a malformed id \"" + comment + "\"");
        }
        return true;
    }

    /**
     * The review data of one segment: its target's marks (a stand-off reference gives one mark per issue) and the
     * unit's comments written for it, or for the first segment the comments that name none.
     */
    private SegmentReview review(List<RawMark> raw, String segmentKey, boolean first) {
        List<SegmentReview.QualityMark> marks = new ArrayList<>();
        for (RawMark m : raw) {
            String ref = m.attributes().get("locQualityIssuesRef");
            List<Map<String, String>> issues = ref == null ? List.of(m.attributes())
                    : standOff.getOrDefault(ref.startsWith("#its=") ? ref.substring(5)
                            : ref.startsWith("#") ? ref.substring(1) : "\u0000", List.of());
            for (Map<String, String> issue : issues) {
                marks.add(new SegmentReview.QualityMark(m.start(), m.end(), issue.get("locQualityIssueType"),
                        issue.get("locQualityIssueComment"), severity(issue.get("locQualityIssueSeverity")),
                        !"no".equals(issue.get("locQualityIssueEnabled")), issue.get("locQualityIssueProfileRef")));
            }
        }
        List<SegmentReview.ReviewNote> notes = unitNotes.stream()
                .filter(n -> n.segment() == null ? first : n.segment().equals(segmentKey))
                .map(UnitNote::note).toList();
        return marks.isEmpty() && notes.isEmpty() ? SegmentReview.NONE : new SegmentReview(marks, notes);
    }

    private static Double severity(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Skips to the end of the element the reader is at. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
        }
    }

    private String attr(String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty() || !localName.equals("lang")) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    private ImportException problem(String message) {
        return new ImportException(fileName, message, r.getLocation().getLineNumber(),
                r.getLocation().getColumnNumber(), null);
    }

    private ImportException undeclaredEntity() {
        return problem("reference to the undeclared entity &" + r.getLocalName()
                + "; (Tandem never reads DTDs, so only the five XML entities and character references work)");
    }
}
