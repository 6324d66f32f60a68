package org.tandem.review;

import java.time.Instant;

/**
 * An error a reviewer marked on a target: its span (offsets into the target as it was, with the text it covered),
 * MQM dimension and type, severity, an optional comment, and the check it was confirmed from, if any.
 */
public record MqmError(long id, long segmentId, int start, int end, String highlighted, MqmDimension dimension,
                       String type, MqmSeverity severity, String comment, String checkId, String who, Instant at) {
}
