package org.tandem.memory;

import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.document.ReviewedSegmentsImported;
import org.tandem.document.SegmentStatus;
import org.tandem.document.TranslationsReviewed;

/**
 * Keeps the memory in step with reviewers' verdicts. A save's verdict is written inside the transaction that stores
 * it: a reviewed or approved segment's source and target become (or replace) its unit; a rejected segment's unit
 * leaves the memory; a segment edited after its approval keeps its approved unit until it is approved again. The
 * reviewed and approved segments of an imported file, and any a failure or an older version left without a unit, are
 * added after the import commits, {@value #CHUNK} per transaction, so that no transaction holds the memory's revision
 * counter for long (H2 gives up waiting for a lock after 2 s, and approvals wait for it).
 */
@Component
class MemoryRecorder {

    /** Units written per transaction by work that may be large (imports, catching up). */
    static final int CHUNK = 2_000;

    private final MemoryRepository repository;
    private final TransactionTemplate separate;

    MemoryRecorder(MemoryRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(TranslationsReviewed event) {
        Bases bases = repository.bases(event.documentId()).orElse(null);
        if (bases == null) {
            return;
        }
        long revision = repository.nextRevision();
        Instant now = Instant.now();
        for (TranslationsReviewed.Reviewed segment : event.segments()) {
            if (segment.status() == SegmentStatus.REJECTED) {
                repository.removeSegment(segment.segmentId(), revision);
            } else if (!segment.target().isBlank()) {
                repository.keepSegment(event.documentId(), segment.segmentId(), bases, segment.source(),
                        segment.target(), event.who(), now, revision);
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReviewedSegmentsImported event) {
        keepUnkept(event.documentId(), event.who());
    }

    /**
     * Adds a unit for every reviewed or approved segment that has none (of one document, or of all: null), in
     * chunks; returns how many were added.
     */
    int keepUnkept(Long documentId, String who) {
        int added = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<MemoryRepository.Unkept> chunk = separate.execute(tx -> {
                List<MemoryRepository.Unkept> found = repository.unkept(documentId, from, CHUNK);
                List<MemoryRepository.Unkept> kept = found.stream().filter(s -> !s.target().isBlank()).toList();
                if (!kept.isEmpty()) {
                    repository.insertSegmentUnits(kept, who, Instant.now(), repository.nextRevision());
                }
                return found;
            });
            if (chunk.isEmpty()) {
                return added;
            }
            added += (int) chunk.stream().filter(s -> !s.target().isBlank()).count();
            after = chunk.get(chunk.size() - 1).segmentId();
        }
    }
}
