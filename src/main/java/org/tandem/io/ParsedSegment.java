package org.tandem.io;

import java.util.List;
import org.tandem.markup.InlineCode;

/**
 * One translatable segment as read from a file.
 *
 * @param unitId the unit id, or {@code unitId/segmentId} where a unit has several segments
 * @param source source text with placeholder tokens for inline codes
 * @param target target text likewise, or {@code null} when the file has no target for it
 * @param codes  the inline codes of source and target, numbered as their tokens
 * @param state  the workflow state the file gives it, or {@code null} when it says none
 * @param review  quality issues marked in its target and comments noted on it
 * @param context the file it belongs to and its unit's notes
 */
public record ParsedSegment(String unitId, String source, String target, List<InlineCode> codes, FileState state,
                            SegmentReview review, SegmentContext context) {

    public ParsedSegment(String unitId, String source, String target, List<InlineCode> codes, FileState state,
                         SegmentReview review) {
        this(unitId, source, target, codes, state, review, SegmentContext.NONE);
    }

    public ParsedSegment(String unitId, String source, String target, List<InlineCode> codes, FileState state) {
        this(unitId, source, target, codes, state, SegmentReview.NONE);
    }

    public ParsedSegment(String unitId, String source, String target, List<InlineCode> codes) {
        this(unitId, source, target, codes, null);
    }
}
