package org.tandem.document;

import java.time.Instant;

/**
 * One saved change of a segment: who made it and when, the target and status before and after.
 *
 * @param version the segment version the change produced
 * @param before  the target before (null when there was none)
 */
public record SegmentChange(long id, long segmentId, int version, String before, String after,
                            SegmentStatus statusBefore, SegmentStatus statusAfter, String who, Instant at) {

    /** The target after the change as the workbench shows it ("" for none). */
    public String afterText() {
        return after == null ? "" : after;
    }

    public String beforeText() {
        return before == null ? "" : before;
    }
}
