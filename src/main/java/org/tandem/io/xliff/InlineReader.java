package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.tandem.io.xml.StaxCursor;
import org.tandem.markup.InlineCode;

/**
 * Reads the content of a source, target or segment element: text, with inline elements as placeholder tokens
 * (numbered by {@link Codes}), {@code mrk mtype="seg"} parts of an XLIFF 1.2 segmented unit, and ITS quality marks
 * unwrapped with their spans kept as review data. Records where the content lies in the text, for export.
 */
final class InlineReader {

    private static final Pattern SELF_CLOSE = Pattern.compile("\\s*/>$");

    private final StaxCursor cursor;
    private final String text;
    /** While content is read: the ITS quality marks found in it. */
    private List<RawMark> currentMarks = new ArrayList<>();

    InlineReader(StaxCursor cursor, String text) {
        this.cursor = cursor;
        this.text = text;
    }

    /** An ITS quality mark as found: its span in the text read and its attributes (or a stand-off reference). */
    record RawMark(int start, int end, Map<String, String> attributes) {
    }

    /** Start tag position and name of an element being read. */
    record Element(String qname, int start, int openEnd, int end, boolean empty) {
        Element closedAt(int elementEnd) {
            return new Element(qname, start, openEnd, elementEnd, empty);
        }

        String openTag(String text) {
            return SELF_CLOSE.matcher(text.substring(start, openEnd)).replaceFirst(">");
        }
    }

    /** Text and codes of a source/target (or one mrk segment), with the element's content range. */
    static final class Content {
        final StringBuilder sb = new StringBuilder();
        final List<RawMark> marks = new ArrayList<>();
        String text;
        int contentStart;
        int contentEnd;
        int elementEnd;
    }

    /** mrk mtype="seg" parts of a seg-source or target. */
    static final class Parts {
        final List<Part> items = new ArrayList<>();
        int contentStart;
        int contentEnd;
    }

    static final class Part {
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

    /** The element the cursor is at. */
    Element element() {
        return new Element(cursor.qualifiedName(), cursor.start(), cursor.end(), cursor.end(),
                cursor.isEmptyElement());
    }

    /**
     * Reads the content of the element the cursor is at, up to its end tag. Inline elements become placeholder
     * tokens; with {@code parts}, each {@code mrk mtype="seg"} becomes a part of its own.
     */
    Content readContent(Codes.Side side, Parts parts) {
        Content content = new Content();
        List<RawMark> outer = currentMarks;
        currentMarks = content.marks;
        try {
            return readContentInto(content, side, parts);
        } finally {
            currentMarks = outer;
        }
    }

    private Content readContentInto(Content content, Codes.Side side, Parts parts) {
        boolean empty = cursor.isEmptyElement();
        content.contentStart = cursor.end();
        if (empty) {
            cursor.next();
            content.contentEnd = content.contentStart;
            content.elementEnd = content.contentStart;
            content.text = "";
            return content;
        }
        while (cursor.hasNext()) {
            switch (cursor.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        content.sb.append(cursor.text());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (parts != null && "mrk".equals(cursor.localName()) && "seg".equals(cursor.attr("mtype"))) {
                        parts.items.add(readPart(side));
                    } else {
                        readInline(side, content.sb);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    content.contentEnd = cursor.start();
                    content.elementEnd = cursor.end();
                    content.text = content.sb.toString();
                    return content;
                }
                default -> { }
            }
        }
        throw cursor.problem("unexpected end of file");
    }

    private Part readPart(Codes.Side side) {
        Part part = new Part();
        part.mid = cursor.attr("mid");
        if (part.mid == null) {
            throw cursor.problem("<mrk mtype=\"seg\"> has no mid attribute");
        }
        Element mrk = element();
        part.openTag = mrk.openTag(text);
        part.closeTag = "</" + mrk.qname() + ">";
        part.content = readContent(side, null);
        if (mrk.empty()) {
            part.holeStart = mrk.start();
            part.holeEnd = mrk.openEnd();
            part.hole = new PatchSlot.Hole(text.substring(mrk.start(), mrk.openEnd()), part.openTag, part.closeTag);
        } else {
            part.holeStart = part.content.contentStart;
            part.holeEnd = part.content.contentEnd;
            part.hole = PatchSlot.Hole.content(text.substring(part.holeStart, part.holeEnd));
        }
        return part;
    }

    /** An inline element: a paired one opens and closes a token around its content, others are one token. */
    private void readInline(Codes.Side side, StringBuilder sb) {
        if (isQualityMark()) {
            readQualityMark(side, sb);
            return;
        }
        String name = cursor.localName();
        String key = side.key(name, cursor::attr);
        int start = cursor.start();
        int openEnd = cursor.end();
        if (side.paired(name) && !cursor.isEmptyElement()) {
            int number = side.number(key);
            sb.append(side.add(number, InlineCode.Kind.OPEN, name, text.substring(start, openEnd)).token());
            readChildren(side, sb);
            sb.append(side.add(number, InlineCode.Kind.CLOSE, name, text.substring(cursor.start(), cursor.end()))
                    .token());
            return;
        }
        cursor.skipElement();
        int number = side.number(key);
        sb.append(side.add(number, InlineCode.Kind.EMPTY, name, text.substring(start, cursor.end())).token());
    }

    /**
     * An mrk carrying ITS Localization Quality Issue data: an annotation, not an inline code, so it is unwrapped
     * on import in source and target alike; a target's keeps its span as review data.
     */
    private boolean isQualityMark() {
        if (!"mrk".equals(cursor.localName())) {
            return false;
        }
        var r = cursor.reader();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (XliffReader.ITS.equals(r.getAttributeNamespace(i))
                    && r.getAttributeLocalName(i).startsWith("locQualityIssue")) {
                return true;
            }
        }
        return false;
    }

    private void readQualityMark(Codes.Side side, StringBuilder sb) {
        Map<String, String> attributes = new HashMap<>();
        var r = cursor.reader();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (XliffReader.ITS.equals(r.getAttributeNamespace(i))) {
                attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
        int start = sb.length();
        List<RawMark> marks = currentMarks;
        readChildren(side, sb);
        marks.add(new RawMark(start, sb.length(), attributes));
    }

    /** Reads an inline element's content into the builder, up to its end tag (where the cursor then is). */
    private void readChildren(Codes.Side side, StringBuilder sb) {
        while (cursor.hasNext()) {
            switch (cursor.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(cursor.text());
                case XMLStreamConstants.START_ELEMENT -> readInline(side, sb);
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> { }
            }
        }
        throw cursor.problem("unexpected end of file");
    }
}
