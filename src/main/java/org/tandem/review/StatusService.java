package org.tandem.review;

import org.tandem.base.web.FieldLength;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.document.StaleSegmentException;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/**
 * The review workflow: new → translated → reviewed → approved, or rejected with a reason; reviewing, approving and
 * rejecting are an editor's. Every move keeps the text and is kept in the segment's history.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class StatusService {

    private final DocumentService documents;
    private final IssueService issues;

    StatusService(DocumentService documents, IssueService issues) {
        this.documents = documents;
        this.issues = issues;
    }

    /**
     * Moves a segment in the review workflow.
     *
     * @throws InvalidStatusException when a rejection has no reason, or an empty target would be reviewed/approved
     * @throws org.tandem.document.StaleSegmentException when the version is not the current one
     */
    /** The longest rejection reason the database keeps. */
    public static final int MAX_REASON = 2000;

    public Segment setStatus(long documentId, long segmentId, SegmentStatus status, String reason, int version) {
        FieldLength.require("rejection reason", reason, MAX_REASON);
        Segment current = documents.segment(documentId, segmentId);
        if (status == SegmentStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new InvalidStatusException("Say why segment " + current.index() + " is rejected.");
        }
        if ((status == SegmentStatus.REVIEWED || status == SegmentStatus.APPROVED) && current.targetText().isBlank()) {
            throw new InvalidStatusException("Segment " + current.index() + " has no target to "
                    + (status == SegmentStatus.APPROVED ? "approve." : "review."));
        }
        return documents.saveStatus(documentId, segmentId, status,
                status == SegmentStatus.REJECTED ? reason.strip() : null, version);
    }

    /** What approving all would do now: how many segments it approves, and how many of them have minor issues. */
    public record Approval(int segments, int withMinorIssues) {
    }

    /** What {@link #approveAllWithoutMajorIssues} would approve now, for the reviewer to confirm first. */
    @PreAuthorize("hasRole('EDITOR')")
    public Approval approvalPreview(long documentId) {
        Map<Long, List<Issue>> found = issues.issues(documentId);
        List<Segment> approvable = approvable(documentId, found);
        int minor = (int) approvable.stream().filter(s -> !found.getOrDefault(s.id(), List.of()).isEmpty()).count();
        return new Approval(approvable.size(), minor);
    }

    /**
     * Approves every segment that has a target, is not approved or rejected yet, and has no major or critical
     * issue. Returns how many it approved (a segment someone saved meanwhile is skipped).
     */
    @PreAuthorize("hasRole('EDITOR')")
    public int approveAllWithoutMajorIssues(long documentId) {
        int approved = 0;
        for (Segment segment : approvable(documentId, issues.issues(documentId))) {
            try {
                documents.saveStatus(documentId, segment.id(), SegmentStatus.APPROVED, null, segment.version());
                approved++;
            } catch (StaleSegmentException e) {
                // saved by someone else since the check: left for a person to look at
            }
        }
        return approved;
    }

    private List<Segment> approvable(long documentId, Map<Long, List<Issue>> found) {
        return documents.segments(documentId).stream().filter(segment -> {
            boolean major = found.getOrDefault(segment.id(), List.of()).stream()
                    .anyMatch(i -> i.severity().compareTo(Severity.MAJOR) >= 0);
            return !major && !segment.targetText().isBlank() && segment.status() != SegmentStatus.APPROVED
                    && segment.status() != SegmentStatus.REJECTED;
        }).toList();
    }

    /** Segments and source words (ICU word counts, as the LQA report counts them) of one status, or of all. */
    public record Count(int segments, int words) {
        Count plus(Count other) {
            return new Count(segments + other.segments, words + other.words);
        }
    }

    /**
     * Where a document stands, in segments and in words: per status (every status present, zero where none), the
     * total, and the reviewed part (reviewed or approved).
     */
    public record Progress(Map<SegmentStatus, Count> byStatus, Count total, Count reviewed) {
    }

    public Progress progress(long documentId) {
        org.tandem.document.Document doc = documents.document(documentId);
        Map<SegmentStatus, Count> byStatus = new java.util.EnumMap<>(SegmentStatus.class);
        for (SegmentStatus status : SegmentStatus.values()) {
            byStatus.put(status, new Count(0, 0));
        }
        for (Segment segment : documents.segments(documentId)) {
            byStatus.merge(segment.status(), new Count(1, WordCount.of(org.tandem.markup.Placeholders.plain(
                    segment.source()), doc.sourceLang())), Count::plus);
        }
        Count total = byStatus.values().stream().reduce(new Count(0, 0), Count::plus);
        Count reviewed = byStatus.get(SegmentStatus.REVIEWED).plus(byStatus.get(SegmentStatus.APPROVED));
        return new Progress(java.util.Collections.unmodifiableMap(byStatus), total, reviewed);
    }
}
