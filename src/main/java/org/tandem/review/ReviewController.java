package org.tandem.review;

import java.util.ArrayList;
import java.util.List;
import org.tandem.report.QaReport;
import java.util.Map;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.base.web.BadRequestException;
import org.tandem.document.DocumentNotFoundException;
import org.tandem.document.DocumentService;
import org.tandem.document.ExportRequests;
import org.tandem.document.SegmentJson;
import org.tandem.document.SegmentStatus;

/**
 * The review of a document over REST: its issues and dismissals, the status workflow, comments, a segment's
 * history, and the export that carries review data. Errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/documents/{id}")
class ReviewController {

    private final IssueService issues;
    private final StatusService statuses;
    private final CommentService comments;
    private final HistoryService history;
    private final ReviewDataService reviewData;
    private final DocumentService documents;

    ReviewController(IssueService issues, StatusService statuses, CommentService comments, HistoryService history,
                     ReviewDataService reviewData, DocumentService documents) {
        this.documents = documents;
        this.issues = issues;
        this.statuses = statuses;
        this.comments = comments;
        this.history = history;
        this.reviewData = reviewData;
    }

    record CountJson(int segments, int words) {
        static CountJson of(StatusService.Count count) {
            return new CountJson(count.segments(), count.words());
        }
    }

    record ProgressJson(CountJson total, CountJson reviewed, Map<String, CountJson> byStatus) {
    }

    /**
     * The QA report: every open issue grouped by check and severity, as HTML (default, shown in the browser), CSV or
     * an Excel workbook; with {@code dismissed=true} also the dismissed issues with who and why.
     */
    @GetMapping("/qa-report")
    org.springframework.http.ResponseEntity<byte[]> qaReport(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "html") String format,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean dismissed) {
        QaReport.Format chosen;
        try {
            chosen = QaReport.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new org.tandem.base.web.BadRequestException("Unknown report format \"" + format
                    + "\": use html, csv or xlsx.");
        }
        QaReport report = issues.report(id, dismissed);
        String file = report.fileName(chosen);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(chosen.mediaType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, (chosen == QaReport.Format.HTML
                        ? "inline" : "attachment") + "; filename=\"" + file + "\"")
                .body(report.render(chosen));
    }

    /** Segments and source words (ICU word counts) per status, in all, and reviewed or approved. */
    @GetMapping("/progress")
    ProgressJson progress(@PathVariable long id) {
        StatusService.Progress progress = statuses.progress(id);
        Map<String, CountJson> byStatus = new java.util.LinkedHashMap<>();
        progress.byStatus().forEach((status, count) -> byStatus.put(status.name().toLowerCase(java.util.Locale.ROOT),
                CountJson.of(count)));
        return new ProgressJson(CountJson.of(progress.total()), CountJson.of(progress.reviewed()), byStatus);
    }

    /** An open issue; {@code hint} says why it is only a hint (reviewers rejected most of its kind), else null. */
    record IssueJson(long segmentId, String check, String category, String severity, int start, int end,
                     String message, List<String> suggestions, String itsType, String rule, String hint) {
    }

    @GetMapping("/issues")
    List<IssueJson> issues(@PathVariable long id) {
        List<IssueJson> all = new ArrayList<>();
        var doc = documents.document(id);
        var profile = issues.profile();
        issues.issues(id).forEach((segmentId, found) -> found.forEach(i -> all.add(new IssueJson(segmentId,
                i.checkId(), i.category(), i.severity().label(), i.start(), i.end(), i.message(), i.suggestions(),
                i.itsType(), i.rule(), profile.hint(doc.sourceLang(), doc.targetLang(), i).orElse(null)))));
        return all;
    }

    /** {@code scope}: {@code issue} (default), {@code document} (this rule in this document) or {@code everywhere}. */
    record DismissalJson(String check, Integer start, Integer end, String reason, String scope) {
    }

    /** Dismisses the open issue of that check and span; 404 when the segment has no such issue now. */
    @PostMapping("/segments/{segmentId}/dismissals")
    ResponseEntity<Void> dismiss(@PathVariable long id, @PathVariable long segmentId,
                                 @RequestBody DismissalJson body) {
        if (body == null || body.check() == null || body.start() == null || body.end() == null) {
            throw new BadRequestException("The body needs \"check\", \"start\" and \"end\" of the issue to dismiss.");
        }
        var issue = issues.issues(id).getOrDefault(segmentId, List.of()).stream()
                .filter(i -> i.checkId().equals(body.check()) && i.start() == body.start() && i.end() == body.end())
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException("Segment " + segmentId + " has no open "
                        + body.check() + " issue at " + body.start() + "-" + body.end() + "."));
        IssueService.DismissScope scope;
        try {
            scope = body.scope() == null || body.scope().isBlank() ? IssueService.DismissScope.ISSUE
                    : IssueService.DismissScope.valueOf(body.scope().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown scope \"" + body.scope() + "\" (issue, document, everywhere).");
        }
        issues.dismiss(id, segmentId, issue, body.reason(), scope);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record StatusUpdate(String status, String reason, Integer version) {
    }

    /** Moves a segment in the review workflow; a rejection needs a reason. */
    @PutMapping("/segments/{segmentId}/status")
    SegmentJson status(@PathVariable long id, @PathVariable long segmentId, @RequestBody StatusUpdate update) {
        if (update == null || update.status() == null || update.version() == null) {
            throw new BadRequestException("The body needs \"status\" and the \"version\" you saw.");
        }
        SegmentStatus status;
        try {
            status = SegmentStatus.valueOf(update.status().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown status \"" + update.status() + "\".");
        }
        return SegmentJson.of(statuses.setStatus(id, segmentId, status, update.reason(), update.version()));
    }

    record ApprovedJson(int approved) {
    }

    /** Approves every segment with a target and no major or critical issue. */
    @PostMapping("/approve-all")
    ApprovedJson approveAll(@PathVariable long id) {
        return new ApprovedJson(statuses.approveAllWithoutMajorIssues(id));
    }

    record CommentJson(long id, Long thread, String author, String text, boolean resolved, String at) {
        static CommentJson of(Comment c) {
            return new CommentJson(c.id(), c.parentId(), c.author(), c.text(), c.resolved(), c.at().toString());
        }
    }

    record NewComment(String text, Long thread) {
    }

    /** A segment's comments, each thread's first comment followed by its replies. */
    @GetMapping("/segments/{segmentId}/comments")
    List<CommentJson> comments(@PathVariable long id, @PathVariable long segmentId) {
        List<CommentJson> all = new ArrayList<>();
        for (Comment.Thread thread : comments.comments(id, segmentId)) {
            all.add(CommentJson.of(thread.first()));
            thread.replies().forEach(r -> all.add(CommentJson.of(r)));
        }
        return all;
    }

    @PostMapping("/segments/{segmentId}/comments")
    ResponseEntity<CommentJson> comment(@PathVariable long id, @PathVariable long segmentId,
                                        @RequestBody NewComment body) {
        try {
            Comment c = comments.comment(id, segmentId, body == null ? null : body.thread(),
                    body == null ? null : body.text());
            return ResponseEntity.status(HttpStatus.CREATED).body(CommentJson.of(c));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    record Resolution(Boolean resolved) {
    }

    @PutMapping("/segments/{segmentId}/comments/{threadId}/resolved")
    ResponseEntity<Void> resolve(@PathVariable long id, @PathVariable long segmentId, @PathVariable long threadId,
                                 @RequestBody Resolution body) {
        try {
            comments.resolve(id, segmentId, threadId, body == null || body.resolved() == null || body.resolved());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    record ChangeJson(long id, int version, String before, String after, String statusBefore, String statusAfter,
                      String who, String at) {
    }

    /** Every saved change of a segment, oldest first. */
    @GetMapping("/segments/{segmentId}/history")
    List<ChangeJson> history(@PathVariable long id, @PathVariable long segmentId) {
        return history.history(id, segmentId).stream().map(c -> new ChangeJson(c.id(), c.version(), c.before(),
                c.after(), c.statusBefore().name(), c.statusAfter().name(), c.who(), c.at().toString())).toList();
    }

    record Version(Integer version) {
    }

    /** Puts the machine translation back as a new change; stale version → 409 with the current segment. */
    @PostMapping("/segments/{segmentId}/revert")
    SegmentJson revert(@PathVariable long id, @PathVariable long segmentId, @RequestBody Version body) {
        if (body == null || body.version() == null) {
            throw new BadRequestException("The body needs the \"version\" you saw.");
        }
        try {
            return SegmentJson.of(history.revertToMachineTranslation(id, segmentId, body.version()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The corrected file carrying issues, MQM errors (ITS 2.0) and comments (notes). */
    @GetMapping(value = "/export", params = "review=true")
    ResponseEntity<byte[]> exportWithReview(@PathVariable long id, @RequestParam(required = false) String format) {
        return ExportRequests.attachment(reviewData.export(id, ExportRequests.format(format)));
    }
}
