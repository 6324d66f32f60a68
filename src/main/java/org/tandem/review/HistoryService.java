package org.tandem.review;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentChange;

/** A segment's history: every saved change (who, when, before, after, status), and an earlier text restored. */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class HistoryService {

    private final DocumentService documents;

    HistoryService(DocumentService documents) {
        this.documents = documents;
    }

    /** Every saved change of a segment, oldest first. */
    public List<SegmentChange> history(long documentId, long segmentId) {
        return documents.changes(documentId, segmentId);
    }

    /**
     * Puts back the target a change left (or, with {@code before}, the one it replaced) as a new change; the
     * history keeps everything. Same conflict rule as a save.
     */
    public Segment revert(long documentId, long segmentId, long changeId, boolean before, int version) {
        SegmentChange change = history(documentId, segmentId).stream().filter(c -> c.id() == changeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("segment " + segmentId + " has no change " + changeId));
        return documents.saveTarget(documentId, segmentId, before ? change.beforeText() : change.afterText(), version,
                null);
    }

    /**
     * Puts the machine translation the file had back as a new change (the history keeps everything). Same conflict
     * rule as a save.
     *
     * @throws IllegalArgumentException when the file had no target for the segment
     */
    public Segment revertToMachineTranslation(long documentId, long segmentId, int version) {
        Segment segment = documents.segment(documentId, segmentId);
        if (segment.mtTarget() == null) {
            throw new IllegalArgumentException("Segment " + segment.index() + " had no machine translation.");
        }
        return documents.saveTarget(documentId, segmentId, segment.mtTarget(), version, null);
    }
}
