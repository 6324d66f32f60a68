package org.tandem.document;

import java.util.List;
import org.tandem.io.SegmentContext;
import org.tandem.markup.InlineCode;

/**
 * One segment: source beside target, with the machine translation as imported.
 *
 * @param index    1-based position in the document
 * @param unitId   the file's unit id ({@code unitId/segmentId} where a unit has several segments)
 * @param target   the current target; {@code null} when there is none yet
 * @param mtTarget the target as imported; {@code null} when the file had none
 * @param version  increases with every save; a save must name the version it edited
 * @param statusReason why the segment was rejected; {@code null} otherwise
 * @param context      the file it belongs to and its unit's notes
 */
public record Segment(long id, long documentId, int index, String unitId, String source, String target,
                      String mtTarget, List<InlineCode> codes, SegmentStatus status, int version,
                      String statusReason, SegmentContext context) {

    public Segment {
        context = context == null ? SegmentContext.NONE : context;
    }

    /** The target as the editor shows it: empty when there is none. */
    public String targetText() {
        return target == null ? "" : target;
    }

    /** Whether the target differs from what was imported. */
    public boolean changed() {
        return target != null && !target.equals(mtTarget);
    }
}
