package org.tandem.qa;

import java.util.List;

/** A check over a whole document, for consistency across segments. Pure, like {@link Check}. */
public interface DocumentCheck extends QualityCheck {

    /** An issue found in the target of the segment at {@code index} (0-based, in document order). */
    record Found(int index, Issue issue) {
    }

    List<Found> check(List<SegmentPair> segments);
}
