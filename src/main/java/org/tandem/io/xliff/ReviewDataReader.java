package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.tandem.io.SegmentReview;
import org.tandem.io.xliff.XliffDocument.Range;
import org.tandem.io.xml.StaxCursor;

/**
 * The review data of one unit at a time: its ITS stand-off quality issues, its Tandem comment notes, and the ranges
 * of what Tandem wrote there before (which a clean export takes out).
 */
final class ReviewDataReader {

    static final String TANDEM = "urn:tandem:review";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final StaxCursor cursor;
    private final Map<String, List<Map<String, String>>> standOff = new HashMap<>();
    private final List<UnitNote> notes = new ArrayList<>();
    /** The unit's notes that are not Tandem's: the file's own, shown beside its segments. */
    private final List<String> fileNotes = new ArrayList<>();
    private final List<Range> tandemRanges = new ArrayList<>();
    private int notesOpenEnd = -1;

    /** A Tandem comment note and the segment (XLIFF 2 segment id, or 1.2 mid) it was written for, if named. */
    private record UnitNote(String segment, SegmentReview.ReviewNote note) {
    }

    ReviewDataReader(StaxCursor cursor) {
        this.cursor = cursor;
    }

    /** Forgets the previous unit's data. */
    void startUnit() {
        standOff.clear();
        notes.clear();
        fileNotes.clear();
        tandemRanges.clear();
        notesOpenEnd = -1;
    }

    List<Range> tandemRanges() {
        return List.copyOf(tandemRanges);
    }

    /** The unit's own notes, as the file has them. */
    List<String> fileNotes() {
        return List.copyOf(fileNotes);
    }

    /** After the XLIFF 2 {@code <notes>} start tag that stays (it holds notes of others), or -1. */
    int notesOpenEnd() {
        return notesOpenEnd;
    }

    /** {@code <its:locQualityIssues xml:id="…">} with its issues, for the unit's marks that refer to it. */
    void readStandOff() {
        String id = cursor.attr(XML_NS, "id");
        int start = cursor.start();
        List<Map<String, String>> issues = new ArrayList<>();
        var r = cursor.reader();
        while (cursor.hasNext()) {
            int event = cursor.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new HashMap<>();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                }
                issues.add(attributes);
                cursor.skipElement();
            }
        }
        if (id != null) {
            standOff.put(id, issues);
            if (id.startsWith(ItsMarkup.ID_PREFIX)) {
                tandemRanges.add(new Range(start, cursor.end()));
            }
        }
    }

    /** XLIFF 2 {@code <notes>}. */
    void readNotes() {
        int start = cursor.start();
        int openEnd = cursor.end();
        int before = tandemRanges.size();
        int others = 0;
        while (cursor.hasNext()) {
            int event = cursor.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (others == 0) {
                    // only Tandem's notes: the whole element goes, as an empty <notes> is not allowed
                    tandemRanges.subList(before, tandemRanges.size()).clear();
                    tandemRanges.add(new Range(start, cursor.end()));
                } else {
                    notesOpenEnd = openEnd;
                }
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("note".equals(cursor.localName())) {
                    if (!readNote(null)) {
                        others++;
                    }
                } else {
                    others++;
                    cursor.skipElement();
                }
            }
        }
    }

    /** A note; kept only when it is a Tandem comment (it carries {@code tandem:comment}). Returns whether it is. */
    boolean readNote(String from) {
        int start = cursor.start();
        String comment = cursor.attr(TANDEM, "comment");
        String thread = cursor.attr(TANDEM, "thread");
        String author = cursor.attr(TANDEM, "author");
        String resolved = cursor.attr(TANDEM, "resolved");
        String segment = cursor.attr(TANDEM, "segment");
        String body = cursor.elementText();
        if (comment == null) {
            if (!body.isBlank()) {
                fileNotes.add((from == null || from.isBlank() ? "" : from.strip() + ": ") + body.strip());
            }
            return false;
        }
        tandemRanges.add(new Range(start, cursor.end()));
        try {
            notes.add(new UnitNote(segment, new SegmentReview.ReviewNote(Long.parseLong(comment),
                    thread == null ? null : Long.parseLong(thread), author != null ? author : from == null ? "" : from,
                    body, "yes".equals(resolved))));
        } catch (NumberFormatException e) {
            throw cursor.problem("a Tandem comment note has a malformed id \"" + comment + "\"");
        }
        return true;
    }

    /**
     * The review data of one segment: its target's marks (a stand-off reference gives one mark per issue) and the
     * unit's comments written for it, or for the first segment the comments that name none.
     */
    SegmentReview review(List<InlineReader.RawMark> raw, String segmentKey, boolean first) {
        List<SegmentReview.QualityMark> marks = new ArrayList<>();
        for (InlineReader.RawMark m : raw) {
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
        List<SegmentReview.ReviewNote> found = notes.stream()
                .filter(n -> n.segment() == null ? first : n.segment().equals(segmentKey))
                .map(UnitNote::note).toList();
        return marks.isEmpty() && found.isEmpty() ? SegmentReview.NONE : new SegmentReview(marks, found);
    }

    private static Double severity(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
