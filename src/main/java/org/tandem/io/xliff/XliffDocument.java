package org.tandem.io.xliff;

import java.util.List;
import org.tandem.io.DocumentFormat;
import org.tandem.io.FileState;
import org.tandem.io.ParsedSegment;

/**
 * An XLIFF file as read: its format and languages, where its root start tag is, and its translatable units in file
 * order, each knowing where in the text its segments' targets, states and review data are.
 *
 * @param targetLang the declared target language, or null
 */
public record XliffDocument(DocumentFormat format, String version, String sourceLang, String targetLang,
                            Range rootTag, List<Unit> units) {

    public XliffDocument {
        units = List.copyOf(units);
    }

    /** Every segment of every unit, in file order. */
    public List<Segment> segments() {
        return units.stream().flatMap(u -> u.segments().stream()).toList();
    }

    public List<ParsedSegment> parsedSegments() {
        return segments().stream().map(Segment::parsed).toList();
    }

    /** A range of the text, [start, end). */
    public record Range(int start, int end) {
    }

    /**
     * A trans-unit (XLIFF 1.2) or unit (2.x).
     *
     * @param review where its review data goes, and what Tandem wrote there before
     */
    public record Unit(ReviewPlace review, List<Segment> segments) {
        public Unit {
            segments = List.copyOf(segments);
        }
    }

    /**
     * One segment: what was read, where its target text goes (hole {@code hole} of {@code slot}, a slot that the
     * other segments of an XLIFF 1.2 unit may share), and the start tags that hold its state (shared likewise).
     */
    public record Segment(ParsedSegment parsed, PatchSlot slot, int hole, StateHost host) {
    }

    /**
     * The start tags that carry a workflow state: XLIFF 1.2 a trans-unit ({@code approved}) and its target
     * ({@code state}; none: null), XLIFF 2 a segment ({@code state}) with no unit tag (null).
     */
    public record StateHost(Range unitTag, Range tag, FileState state) {
    }

    /**
     * Where review data goes in a unit: {@code insertAt} is before {@code </trans-unit>} (1.2) or after the
     * {@code <unit>} start tag (2.x); {@code notesOpenEnd} is after an XLIFF 2 {@code <notes>} start tag that stays
     * (-1: none), else {@code notesAt} is where a new one goes; {@code remove} are the ranges of review data Tandem
     * wrote there before.
     */
    public record ReviewPlace(int insertAt, int notesOpenEnd, int notesAt, List<Range> remove) {
        public ReviewPlace {
            remove = List.copyOf(remove);
        }
    }
}
