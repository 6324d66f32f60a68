package org.tandem.document;

import java.util.List;
import org.tandem.io.SegmentReview;

/**
 * An imported file carried review data (comments, dismissed issues, quality marks): published inside the importing
 * transaction once the segments are stored, so that the feature that keeps review data stores it in the same
 * transaction, or the import fails whole. Files without review data publish nothing.
 *
 * @param segments the stored segments in file order
 * @param reviews  the review data the file carried for each of them, in the same order
 */
public record ImportedReviewData(long documentId, List<Segment> segments, List<SegmentReview> reviews) {

    public ImportedReviewData {
        if (segments.size() != reviews.size()) {
            throw new IllegalArgumentException("one review per segment");
        }
        segments = List.copyOf(segments);
        reviews = List.copyOf(reviews);
    }
}
