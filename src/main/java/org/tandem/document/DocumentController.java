package org.tandem.document;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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
import org.tandem.base.web.BadRequestException;

/** The REST API for pipelines: import, list, read and save segments, export, delete. Errors are RFC 9457 problems. */
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
                throw new BadRequestException("A text pair needs sourceLang and targetLang.");
            }
            doc = documents.importTextPair(name(source), source.getBytes(), name(target), target.getBytes(),
                    sourceLang, targetLang, DocumentService.ImportProgress.NONE);
        } else {
            throw new BadRequestException("Send an XLIFF file as 'file', or a text pair as 'source' and 'target' with "
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
            throw new BadRequestException("The body needs \"target\" and the \"version\" you edited.");
        }
        SegmentStatus status = null;
        if (update.status() != null) {
            try {
                status = SegmentStatus.valueOf(update.status().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Unknown status \"" + update.status() + "\".");
            }
        }
        return SegmentJson.of(documents.saveTarget(id, segmentId, update.target(), update.version(), status));
    }

    /** The corrected file without review data (with {@code review=true} the review feature answers). */
    @GetMapping(value = "/{id}/export", params = "!review")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String format) {
        return ExportRequests.attachment(documents.export(id, ExportRequests.format(format)));
    }

    @GetMapping(value = "/{id}/export", params = "review=false")
    ResponseEntity<byte[]> exportClean(@PathVariable long id, @RequestParam(required = false) String format) {
        return export(id, format);
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? file.getName() : name.replaceAll(".*[/\\\\]", "");
    }
}
