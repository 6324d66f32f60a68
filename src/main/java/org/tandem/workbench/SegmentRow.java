package org.tandem.workbench;

import java.util.Objects;
import org.tandem.document.Segment;

/** A grid row: the segment as last loaded or saved. Rows are equal by segment id so refreshes find them. */
final class SegmentRow {

    private Segment segment;

    SegmentRow(Segment segment) {
        this.segment = segment;
    }

    Segment segment() {
        return segment;
    }

    void update(Segment saved) {
        this.segment = saved;
    }

    long id() {
        return segment.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentRow other && other.segment.id() == segment.id();
    }

    @Override
    public int hashCode() {
        return Objects.hash(segment.id());
    }
}
