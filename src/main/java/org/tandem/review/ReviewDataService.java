package org.tandem.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.document.DocumentService;
import org.tandem.document.ExportedFile;
import org.tandem.document.ImportedReviewData;
import org.tandem.document.Segment;
import org.tandem.io.SegmentReview;
import org.tandem.io.TranslationFiles;
import org.tandem.qa.Issue;

/**
 * Review data that travels with XLIFF: on export, each segment's issues (dismissed ones disabled), MQM errors and
 * comment threads as ITS 2.0 quality issues and notes; on import, what such a file carried put back as comments,
 * dismissals and MQM errors (another tool's quality issues become MQM errors of the importer).
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class ReviewDataService {

    /** Prefix of the ITS profile reference naming the check behind an automatic issue. */
    public static final String CHECK_PROFILE = "urn:tandem:check:";

    private final DocumentService documents;
    private final IssueService issues;
    private final CommentService comments;
    private final MqmService mqm;

    ReviewDataService(DocumentService documents, IssueService issues, CommentService comments, MqmService mqm) {
        this.documents = documents;
        this.issues = issues;
        this.comments = comments;
        this.mqm = mqm;
    }

    /** The corrected file carrying the review data (ITS 2.0 quality issues, comments as notes). */
    @PreAuthorize("hasRole('EDITOR')")
    public ExportedFile export(long documentId, TranslationFiles.ExportFormat format) {
        return documents.export(documentId, format, reviewData(documentId));
    }

    /** Each segment's issues (dismissed ones disabled), its MQM errors, and its comment threads. */
    private Map<Long, SegmentReview> reviewData(long documentId) {
        IssueService.Checked checked = issues.check(documentId, DocumentService.ImportProgress.NONE);
        Map<Long, List<SegmentReview.QualityMark>> errors = mqm.marks(documentId);
        Map<Long, SegmentReview> reviews = new HashMap<>();
        for (int i = 0; i < checked.segments().size(); i++) {
            Segment segment = checked.segments().get(i);
            List<SegmentReview.QualityMark> marks = new ArrayList<>();
            for (Issue issue : checked.found().get(i)) {
                marks.add(new SegmentReview.QualityMark(issue.start(), issue.end(), issue.itsType(), issue.message(),
                        MqmSeverity.of(issue.severity()).its(), !checked.dismissed(segment, issue),
                        CHECK_PROFILE + issue.checkId()));
            }
            marks.addAll(errors.getOrDefault(segment.id(), List.of()));
            List<SegmentReview.ReviewNote> notes = comments.all(segment.id()).stream()
                    .map(c -> new SegmentReview.ReviewNote(c.id(), c.parentId(), c.author(), c.text(), c.resolved()))
                    .toList();
            reviews.put(segment.id(), new SegmentReview(marks, notes));
        }
        return reviews;
    }

    /**
     * Puts back the review data an imported file carried, in the importing transaction: comment threads,
     * dismissals (a disabled issue of a check), and other marks as MQM errors. Issues of checks that were open
     * come back by themselves when the document is checked.
     */
    @EventListener
    void restore(ImportedReviewData imported) {
        Map<Long, List<SegmentReview.QualityMark>> others = new LinkedHashMap<>();
        Map<Long, String> targets = new LinkedHashMap<>();
        for (int i = 0; i < imported.segments().size(); i++) {
            Segment segment = imported.segments().get(i);
            SegmentReview review = imported.reviews().get(i);
            Map<Long, Long> threads = new HashMap<>();
            for (SegmentReview.ReviewNote note : review.notes()) {
                Long thread = note.thread() == null ? null : threads.get(note.thread());
                threads.put(note.id(), comments.restore(segment.id(), thread, note.author(), note.text(),
                        note.resolved()));
            }
            for (SegmentReview.QualityMark mark : review.marks()) {
                String profile = mark.profileRef() == null ? "" : mark.profileRef();
                if (profile.startsWith(CHECK_PROFILE)) {
                    if (!mark.enabled()) {
                        issues.restoreDismissal(segment, profile.substring(CHECK_PROFILE.length()), mark.start(),
                                mark.end(), mark.comment());
                    }
                } else {
                    others.computeIfAbsent(segment.id(), k -> new ArrayList<>()).add(mark);
                    targets.put(segment.id(), segment.targetText());
                }
            }
        }
        mqm.restore(others, targets);
    }
}
