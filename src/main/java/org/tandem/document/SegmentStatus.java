package org.tandem.document;

import org.tandem.io.FileState;

/** Where a segment stands in review. */
public enum SegmentStatus {
    /** No target yet. */
    NEW,
    /** Has a target (machine translation or an edit) that nobody has confirmed. */
    TRANSLATED,
    /** Confirmed by a reviewer (Ctrl+Enter). */
    REVIEWED,
    APPROVED,
    REJECTED;

    /** The status a translation file's state stands for. */
    public static SegmentStatus of(FileState state) {
        return switch (state) {
            case NEW -> NEW;
            case TRANSLATED -> TRANSLATED;
            case REVIEWED -> REVIEWED;
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
        };
    }

    /** The state a translation file writes for this status. */
    public FileState inFile() {
        return switch (this) {
            case NEW -> FileState.NEW;
            case TRANSLATED -> FileState.TRANSLATED;
            case REVIEWED -> FileState.REVIEWED;
            case APPROVED -> FileState.APPROVED;
            case REJECTED -> FileState.REJECTED;
        };
    }

    /** Reviewing, approving and rejecting are an editor's; a translator marks work new or translated. */
    public boolean needsReviewer() {
        return this == REVIEWED || this == APPROVED || this == REJECTED;
    }
}
