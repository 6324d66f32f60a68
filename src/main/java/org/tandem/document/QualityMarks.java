package org.tandem.document;

import java.util.List;
import java.util.Map;
import org.tandem.io.SegmentReview;

/**
 * Quality marks kept by another feature (the MQM errors of quality evaluation), so that export can write them and
 * import restore them with the document's own issues and comments, without the documents feature depending on it.
 */
public interface QualityMarks {

    /** The marks of each segment of the document, by segment id. */
    Map<Long, List<SegmentReview.QualityMark>> marks(long documentId);

    /**
     * Stores the marks an imported file carried that are this feature's (in the importing transaction).
     *
     * @param targets each segment's target text, by segment id
     */
    void restore(long documentId, Map<Long, List<SegmentReview.QualityMark>> marks, Map<Long, String> targets);
}
