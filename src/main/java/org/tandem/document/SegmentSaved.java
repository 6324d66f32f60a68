package org.tandem.document;

/** A segment's target, status or comments changed and the change is stored: what open workbenches redraw. */
public record SegmentSaved(long documentId, long segmentId, int index, int version, String who, boolean comments) {
}
