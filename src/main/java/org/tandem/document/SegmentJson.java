package org.tandem.document;

import java.util.List;

/** A segment as the REST API shows it. */
public record SegmentJson(long id, String unitId, int index, String source, String target, String status,
                          int version, String statusReason, String file, List<String> notes) {

    public static SegmentJson of(Segment s) {
        return new SegmentJson(s.id(), s.unitId(), s.index(), s.source(), s.target(), s.status().name(),
                s.version(), s.statusReason(), s.context().file(), s.context().notes());
    }
}
