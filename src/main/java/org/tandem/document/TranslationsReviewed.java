package org.tandem.document;

import java.util.List;

/**
 * Segments were marked reviewed, approved or rejected by a save: published inside the storing transaction, so that
 * what follows from a verdict (the translation memory) is stored with it or not at all.
 */
public record TranslationsReviewed(long documentId, String who, List<Reviewed> segments) {

    public TranslationsReviewed {
        segments = List.copyOf(segments);
    }

    /** One segment's text as it was judged, and the verdict. */
    public record Reviewed(long segmentId, String source, String target, SegmentStatus status) {
    }

    /** Whether a status is a verdict this event reports. */
    static boolean reports(SegmentStatus status) {
        return status == SegmentStatus.REVIEWED || status == SegmentStatus.APPROVED
                || status == SegmentStatus.REJECTED;
    }
}
