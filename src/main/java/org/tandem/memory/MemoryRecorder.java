package org.tandem.memory;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.document.SegmentStatus;
import org.tandem.document.TranslationsReviewed;

/**
 * Keeps the memory in step with reviewers' verdicts, inside the transaction that stores them: a reviewed or approved
 * segment's source and target become (or replace) its unit; a rejected segment's unit leaves the memory. A segment
 * edited after its approval keeps its approved unit until it is approved again.
 */
@Component
class MemoryRecorder {

    private final MemoryRepository repository;

    MemoryRecorder(MemoryRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(TranslationsReviewed event) {
        Bases bases = repository.bases(event.documentId()).orElse(null);
        if (bases == null) {
            return;
        }
        long revision = repository.nextRevision();
        Instant now = Instant.now();
        if (event.imported()) { // new segments have no unit yet: one batch
            repository.insertSegments(event.documentId(), bases, event.segments().stream()
                    .filter(s -> s.status() != SegmentStatus.REJECTED && !s.target().isBlank()).toList(),
                    event.who(), now, revision);
            return;
        }
        for (TranslationsReviewed.Reviewed segment : event.segments()) {
            if (segment.status() == SegmentStatus.REJECTED) {
                repository.removeSegment(segment.segmentId(), revision);
            } else if (!segment.target().isBlank()) {
                repository.keepSegment(event.documentId(), segment.segmentId(), bases, segment.source(),
                        segment.target(), event.who(), now, revision);
            }
        }
    }
}
