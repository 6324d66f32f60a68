package org.tandem.glossary;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.io.TermbaseFiles;

/** The REST API of termbases: import TBX/CSV, list, export. Errors are RFC 9457 problems naming the file. */
@RestController
@RequestMapping("/api/glossaries")
class GlossaryController {

    private final GlossaryService glossaries;

    GlossaryController(GlossaryService glossaries) {
        this.glossaries = glossaries;
    }

    record GlossaryJson(long id, String name, List<String> languages, int concepts, int terms, String origin) {
        static GlossaryJson of(Termbase t) {
            return new GlossaryJson(t.id(), t.name(), t.languages(), t.concepts(), t.terms(), t.origin());
        }
    }

    /** A CSV without languages in its header takes them from {@code languages}, e.g. {@code en,fr}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<GlossaryJson> create(@RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) String languages) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a multipart part \"file\" with a TBX or CSV file is required");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "glossary"
                : file.getOriginalFilename();
        List<String> langs = languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.split(",")).map(String::strip).toList();
        Termbase termbase = glossaries.importFile(name, file.getBytes(), langs);
        return ResponseEntity.created(URI.create("/api/glossaries/" + termbase.id())).body(GlossaryJson.of(termbase));
    }

    @GetMapping
    List<GlossaryJson> list() {
        return glossaries.termbases().stream().map(GlossaryJson::of).toList();
    }

    @GetMapping("/{id}")
    GlossaryJson get(@PathVariable long id) {
        return glossaries.termbase(id).map(GlossaryJson::of).orElseThrow(() -> new GlossaryNotFoundException(id));
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "tbx") String format) {
        TermbaseFiles.Format f = switch (format.toLowerCase(Locale.ROOT)) {
            case "tbx" -> TermbaseFiles.Format.TBX;
            case "csv" -> TermbaseFiles.Format.CSV;
            default -> throw new IllegalArgumentException("format must be tbx or csv, not \"" + format + "\"");
        };
        Termbase termbase = glossaries.termbase(id).orElseThrow(() -> new GlossaryNotFoundException(id));
        byte[] bytes = glossaries.export(id, f);
        String fileName = termbase.name().replaceAll("[^\\p{L}\\p{N}._ -]+", "_") + "." + format.toLowerCase(Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(f == TermbaseFiles.Format.TBX ? MediaType.valueOf("application/x-tbx+xml")
                        : MediaType.valueOf("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!glossaries.delete(id)) {
            throw new GlossaryNotFoundException(id);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }
}
