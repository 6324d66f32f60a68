package org.tandem.memory;

import java.time.Instant;

/**
 * One translation unit of the memory: a source and the target it was approved or loaded with.
 *
 * @param documentId the document it was approved in; null for a unit from a TMX file or of a deleted document
 * @param segmentId  the segment it was approved in, likewise
 * @param origin     the document's name, or the TMX file (or its unit's {@code x-document})
 */
public record MemoryUnit(long id, String sourceLang, String targetLang, String source, String target,
                         Long documentId, Long segmentId, String origin, String createdBy, Instant createdAt) {
}
