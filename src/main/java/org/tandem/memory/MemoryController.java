package org.tandem.memory;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.base.web.BadRequestException;

/** The REST API of the translation memory: TMX in and out, fuzzy matches, concordance. */
@RestController
@RequestMapping("/api/memory")
class MemoryController {

    private final MemoryService memory;

    MemoryController(MemoryService memory) {
        this.memory = memory;
    }

    record ImportedJson(int units, int duplicates, List<String> skipped, List<String> pairs) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportedJson> load(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("A multipart part \"file\" with a TMX file is required.");
        }
        MemoryService.Imported imported = memory.importTmx(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportedJson(imported.units(),
                imported.duplicates(), imported.skipped(), imported.pairs()));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String sourceLang,
                                  @RequestParam(required = false) String targetLang) {
        byte[] tmx = memory.exportTmx(sourceLang, targetLang);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/x-tmx+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(MemoryService.exportName(sourceLang, targetLang)).build().toString())
                .body(tmx);
    }

    record MatchJson(String source, String target, int score, String sourceLang, String targetLang, String origin,
                     String createdBy, Instant createdAt, int count, List<String> otherTargets,
                     List<MemoryMatch.Part> sourceDiff) {
    }

    /** Best first; {@code min} is the lowest score returned (default 50), {@code limit} how many (default 5). */
    @GetMapping("/matches")
    List<MatchJson> matches(@RequestParam(required = false) String sourceLang,
                            @RequestParam(required = false) String targetLang,
                            @RequestParam(required = false) String text,
                            @RequestParam(defaultValue = "" + MemoryService.DEFAULT_MIN_SCORE) int min,
                            @RequestParam(defaultValue = "5") int limit) {
        if (text == null) {
            throw new BadRequestException("Give the source text to look up: text=…");
        }
        return memory.matches(sourceLang, targetLang, text, min, limit).stream()
                .map(m -> new MatchJson(m.unit().source(), m.unit().target(), m.score(), m.unit().sourceLang(),
                        m.unit().targetLang(), m.unit().origin(), m.unit().createdBy(), m.unit().createdAt(),
                        m.count(), m.otherTargets(), m.sourceDiff()))
                .toList();
    }

    record UnitJson(String source, String target, String sourceLang, String targetLang, String origin,
                    String createdBy, Instant createdAt) {
    }

    record ConcordanceJson(int total, List<UnitJson> units) {
    }

    @GetMapping("/concordance")
    ConcordanceJson concordance(@RequestParam(required = false) String sourceLang,
                                @RequestParam(required = false) String targetLang,
                                @RequestParam(required = false) String text,
                                @RequestParam(defaultValue = "both") String in,
                                @RequestParam(defaultValue = "50") int limit) {
        MemoryService.Side side = switch (in.toLowerCase(Locale.ROOT)) {
            case "source" -> MemoryService.Side.SOURCE;
            case "target" -> MemoryService.Side.TARGET;
            case "both" -> MemoryService.Side.BOTH;
            default -> throw new BadRequestException("in must be source, target or both, not \"" + in + "\".");
        };
        if (text == null) {
            throw new BadRequestException("Give the word or phrase to look for: text=…");
        }
        MemoryService.Concordance found = memory.concordance(sourceLang, targetLang, text, side, limit);
        return new ConcordanceJson(found.total(), found.units().stream()
                .map(u -> new UnitJson(u.source(), u.target(), u.sourceLang(), u.targetLang(), u.origin(),
                        u.createdBy(), u.createdAt()))
                .toList());
    }
}
