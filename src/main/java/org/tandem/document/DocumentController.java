package org.tandem.document;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.io.TranslationFiles;

/** The REST API for pipelines: import, list, read and edit segments, export. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    record DocumentJson(long id, String name, String sourceLang, String targetLang, int segmentCount,
                        List<String> warnings) {
        static DocumentJson of(Document d) {
            return new DocumentJson(d.id(), d.name(), d.sourceLang(), d.targetLang(), d.segmentCount(), d.warnings());
        }
    }

    record SegmentJson(long id, String unitId, int index, String source, String target, String status, int version,
                       String statusReason) {
        static SegmentJson of(Segment s) {
            return new SegmentJson(s.id(), s.unitId(), s.index(), s.source(), s.target(), s.status().name(),
                    s.version(), s.statusReason());
        }
    }

    record StatusUpdate(String status, String reason, Integer version) {
    }

    /** Moves a segment in the review workflow; a rejection needs a reason. */
    @PutMapping("/{id}/segments/{segmentId}/status")
    SegmentJson status(@PathVariable long id, @PathVariable long segmentId, @RequestBody StatusUpdate update) {
        if (update == null || update.status() == null || update.version() == null) {
            throw new BadRequest("The body needs \"status\" and the \"version\" you saw.");
        }
        SegmentStatus status;
        try {
            status = SegmentStatus.valueOf(update.status().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Unknown status \"" + update.status() + "\".");
        }
        return SegmentJson.of(documents.setStatus(id, segmentId, status, update.reason(), update.version()));
    }

    record ApprovedJson(int approved) {
    }

    record CommentJson(long id, Long thread, String author, String text, boolean resolved, String at) {
        static CommentJson of(Comment c) {
            return new CommentJson(c.id(), c.parentId(), c.author(), c.text(), c.resolved(), c.at().toString());
        }
    }

    record NewComment(String text, Long thread) {
    }

    /** A segment's comments, each thread's first comment followed by its replies. */
    @GetMapping("/{id}/segments/{segmentId}/comments")
    List<CommentJson> comments(@PathVariable long id, @PathVariable long segmentId) {
        List<CommentJson> all = new java.util.ArrayList<>();
        for (Comment.Thread thread : documents.comments(id, segmentId)) {
            all.add(CommentJson.of(thread.first()));
            thread.replies().forEach(r -> all.add(CommentJson.of(r)));
        }
        return all;
    }

    @PostMapping("/{id}/segments/{segmentId}/comments")
    ResponseEntity<CommentJson> comment(@PathVariable long id, @PathVariable long segmentId,
                                        @RequestBody NewComment body) {
        try {
            Comment c = documents.comment(id, segmentId, body == null ? null : body.thread(),
                    body == null ? null : body.text());
            return ResponseEntity.status(201).body(CommentJson.of(c));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    record Resolution(Boolean resolved) {
    }

    @PutMapping("/{id}/segments/{segmentId}/comments/{threadId}/resolved")
    ResponseEntity<Void> resolve(@PathVariable long id, @PathVariable long segmentId, @PathVariable long threadId,
                                 @RequestBody Resolution body) {
        try {
            documents.resolve(id, segmentId, threadId, body == null || body.resolved() == null || body.resolved());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    /** Approves every segment with a target and no major or critical issue. */
    @PostMapping("/{id}/approve-all")
    ApprovedJson approveAll(@PathVariable long id) {
        return new ApprovedJson(documents.approveAllWithoutMajorIssues(id));
    }

    record TargetUpdate(String target, Integer version, String status) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentJson> create(@RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) MultipartFile source,
                                        @RequestParam(required = false) MultipartFile target,
                                        @RequestParam(required = false) String sourceLang,
                                        @RequestParam(required = false) String targetLang,
                                        @RequestParam(defaultValue = "false") boolean lenient) throws IOException {
        Document doc;
        if (file != null) {
            doc = documents.importXliff(name(file), file.getBytes(), targetLang, lenient,
                    DocumentService.ImportProgress.NONE);
        } else if (source != null && target != null) {
            if (sourceLang == null || targetLang == null) {
                throw new BadRequest("A text pair needs sourceLang and targetLang.");
            }
            doc = documents.importTextPair(name(source), source.getBytes(), name(target), target.getBytes(),
                    sourceLang, targetLang, DocumentService.ImportProgress.NONE);
        } else {
            throw new BadRequest("Send an XLIFF file as 'file', or a text pair as 'source' and 'target' with "
                    + "'sourceLang' and 'targetLang'.");
        }
        return ResponseEntity.created(URI.create("/api/documents/" + doc.id())).body(DocumentJson.of(doc));
    }

    @GetMapping
    List<DocumentJson> list() {
        return documents.documents().stream().map(DocumentJson::of).toList();
    }

    @GetMapping("/{id}")
    DocumentJson get(@PathVariable long id) {
        return DocumentJson.of(documents.document(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        documents.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/segments")
    List<SegmentJson> segments(@PathVariable long id) {
        return documents.segments(id).stream().map(SegmentJson::of).toList();
    }

    @PutMapping("/{id}/segments/{segmentId}")
    SegmentJson update(@PathVariable long id, @PathVariable long segmentId, @RequestBody TargetUpdate update) {
        if (update == null || update.version() == null || update.target() == null) {
            throw new BadRequest("The body needs \"target\" and the \"version\" you edited.");
        }
        SegmentStatus status = null;
        if (update.status() != null) {
            try {
                status = SegmentStatus.valueOf(update.status().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("Unknown status \"" + update.status() + "\".");
            }
        }
        return SegmentJson.of(documents.saveTarget(id, segmentId, update.target(), update.version(), status));
    }

    record ChangeJson(long id, int version, String before, String after, String statusBefore, String statusAfter,
                      String who, String at) {
    }

    /** Every saved change of a segment, oldest first. */
    @GetMapping("/{id}/segments/{segmentId}/history")
    List<ChangeJson> history(@PathVariable long id, @PathVariable long segmentId) {
        return documents.history(id, segmentId).stream().map(c -> new ChangeJson(c.id(), c.version(), c.before(),
                c.after(), c.statusBefore().name(), c.statusAfter().name(), c.who(), c.at().toString())).toList();
    }

    record IssueJson(long segmentId, String check, String category, String severity, int start, int end,
                     String message, List<String> suggestions, String itsType) {
    }

    @GetMapping("/{id}/issues")
    List<IssueJson> issues(@PathVariable long id) {
        List<IssueJson> all = new java.util.ArrayList<>();
        documents.issues(id).forEach((segmentId, issues) -> issues.forEach(i -> all.add(new IssueJson(segmentId,
                i.checkId(), i.category(), i.severity().label(), i.start(), i.end(), i.message(), i.suggestions(),
                i.itsType()))));
        return all;
    }

    record DismissalJson(String check, Integer start, Integer end, String reason) {
    }

    /** Dismisses the open issue of that check and span; 404 when the segment has no such issue now. */
    @PostMapping("/{id}/segments/{segmentId}/dismissals")
    ResponseEntity<Void> dismiss(@PathVariable long id, @PathVariable long segmentId,
                                 @RequestBody DismissalJson body) {
        if (body == null || body.check() == null || body.start() == null || body.end() == null) {
            throw new BadRequest("The body needs \"check\", \"start\" and \"end\" of the issue to dismiss.");
        }
        var issue = documents.issues(id).getOrDefault(segmentId, List.of()).stream()
                .filter(i -> i.checkId().equals(body.check()) && i.start() == body.start() && i.end() == body.end())
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException("Segment " + segmentId + " has no open "
                        + body.check() + " issue at " + body.start() + "-" + body.end() + "."));
        documents.dismiss(id, segmentId, issue, body.reason());
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).build();
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String format,
                                  @RequestParam(defaultValue = "false") boolean review) {
        TranslationFiles.ExportFormat as = switch (format == null ? "" : format.toLowerCase(java.util.Locale.ROOT)) {
            case "", "original", "xliff" -> TranslationFiles.ExportFormat.ORIGINAL;
            case "xliff2", "xliff21" -> TranslationFiles.ExportFormat.XLIFF_2;
            case "xliff12", "xliff1" -> TranslationFiles.ExportFormat.XLIFF_1;
            case "text", "txt" -> TranslationFiles.ExportFormat.TEXT;
            default -> throw new BadRequest("Unknown export format \"" + format + "\": use xliff, xliff12 or text.");
        };
        ExportedFile file = documents.export(id, as, review);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? file.getName() : name.replaceAll(".*[/\\\\]", "");
    }

    static class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
