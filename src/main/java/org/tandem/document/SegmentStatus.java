package org.tandem.document;

/** Where a segment stands in review. */
public enum SegmentStatus {
    /** No target yet. */
    NEW,
    /** Has a target (machine translation or an edit) that nobody has confirmed. */
    TRANSLATED,
    /** Confirmed by a reviewer (Ctrl+Enter). */
    REVIEWED,
    APPROVED,
    REJECTED
}
