package org.tandem.document;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.base.web.BadRequestException;

/** Search across a document, and replace in its targets (with a dry run that saves nothing). */
@RestController
@RequestMapping("/api/documents/{id}")
class ReplaceController {

    private final ReplaceService replace;
    private final DocumentService documents;

    ReplaceController(ReplaceService replace, DocumentService documents) {
        this.replace = replace;
        this.documents = documents;
    }

    record ReplaceRequest(String find, String replace, Boolean regex, Boolean caseSensitive, Boolean wholeWord,
                          Boolean dryRun, List<Long> exclude) {
    }

    record ChangeJson(long segmentId, int index, int version, String before, String after) {
        static ChangeJson of(ReplaceService.Change c) {
            return new ChangeJson(c.segmentId(), c.index(), c.version(), c.before(), c.after());
        }
    }

    record SkippedJson(long segmentId, int index, String reason) {
    }

    record ReplaceJson(List<ChangeJson> changes, List<SkippedJson> skipped) {
    }

    record HitJson(long segmentId, int index, String side, int start, int end) {
    }

    /** Replaces in the targets; {@code dryRun}: the changes it would make, nothing saved. */
    @PostMapping("/replace")
    ReplaceJson replace(@PathVariable long id, @RequestBody ReplaceRequest request) {
        if (request == null) {
            throw new BadRequestException("The body needs \"find\" and \"replace\".");
        }
        documents.document(id);
        TextSearch search = new TextSearch(request.find(), on(request.regex()), on(request.caseSensitive()),
                on(request.wholeWord()));
        ReplaceService.Result result = replace.replace(id, search, request.replace(),
                new HashSet<>(request.exclude() == null ? List.of() : request.exclude()), on(request.dryRun()));
        return new ReplaceJson(result.changes().stream().map(ChangeJson::of).toList(), result.skipped().stream()
                .map(s -> new SkippedJson(s.segmentId(), s.index(), s.reason())).toList());
    }

    /** Every hit in the document: {@code side} is {@code source}, {@code target} or {@code both} (default). */
    @GetMapping("/search")
    List<HitJson> search(@PathVariable long id, @RequestParam String find,
                         @RequestParam(defaultValue = "both") String side,
                         @RequestParam(defaultValue = "false") boolean regex,
                         @RequestParam(defaultValue = "false") boolean caseSensitive,
                         @RequestParam(defaultValue = "false") boolean wholeWord) {
        ReplaceService.Side where;
        try {
            where = ReplaceService.Side.valueOf(side.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown side \"" + side + "\": source, target or both.");
        }
        documents.document(id);
        return replace.search(id, new TextSearch(find, regex, caseSensitive, wholeWord), where).stream()
                .map(h -> new HitJson(h.segmentId(), h.index(), h.side().name().toLowerCase(Locale.ROOT), h.start(),
                        h.end())).toList();
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
