package org.tandem.io;

import java.util.List;

/**
 * What a translator reads beside a segment: the file of the XLIFF it belongs to ({@code <file original>}, null for
 * none) and the notes the file has for its unit (the translator's instructions, context, length limits).
 */
public record SegmentContext(String file, List<String> notes) {

    public static final SegmentContext NONE = new SegmentContext(null, List.of());

    public SegmentContext {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public boolean isEmpty() {
        return file == null && notes.isEmpty();
    }
}
