package org.tandem.memory;

import java.util.List;

/**
 * A fuzzy match for a source text.
 *
 * @param score        0–100; 100 only for the identical source
 * @param sourceDiff   the unit's source against the text looked up: {@code REMOVED} is only in the unit's source,
 *                     {@code ADDED} only in the text looked up
 * @param count        how many units hold this same source and target (approved in several documents)
 * @param otherTargets other targets the memory holds for the same source: an inconsistency to settle
 */
public record MemoryMatch(MemoryUnit unit, int score, List<Part> sourceDiff, int count, List<String> otherTargets) {

    public MemoryMatch {
        sourceDiff = List.copyOf(sourceDiff);
        otherTargets = List.copyOf(otherTargets);
    }

    /** A run of the source the same in both, only in the unit's source, or only in the text looked up. */
    public record Part(Kind kind, String text) {
        public enum Kind { SAME, ADDED, REMOVED }
    }
}
