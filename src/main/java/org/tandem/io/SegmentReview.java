package org.tandem.io;

import java.util.List;

/**
 * Review data that travels with a segment in XLIFF: ITS 2.0 Localization Quality Issues on spans of the target,
 * and comment threads as notes.
 */
public record SegmentReview(List<QualityMark> marks, List<ReviewNote> notes) {

    public static final SegmentReview NONE = new SegmentReview(List.of(), List.of());

    public SegmentReview {
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return marks.isEmpty() && notes.isEmpty();
    }

    /**
     * One ITS Localization Quality Issue on {@code start}–{@code end} of the target text (with placeholder tokens).
     *
     * @param type       the ITS issue type ({@code misspelling}, {@code terminology}…), or null
     * @param severity   0–100, or null
     * @param enabled    false for an issue a reviewer dismissed ({@code locQualityIssueEnabled="no"})
     * @param profileRef what Tandem recorded about the issue ({@code urn:tandem:check:…},
     *                   {@code urn:tandem:mqm:…}); another tool's reference, or null
     */
    public record QualityMark(int start, int end, String type, String comment, Double severity, boolean enabled,
                              String profileRef) {
    }

    /**
     * A comment: {@code thread} is the id of its thread's first comment, null for a first comment.
     */
    public record ReviewNote(long id, Long thread, String author, String text, boolean resolved) {
    }
}
