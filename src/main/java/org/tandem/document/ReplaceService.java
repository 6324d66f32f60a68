package org.tandem.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Search across a whole document (source, target or both) and replace in its targets. A replacement is a normal
 * saved change of each segment (history, re-check, push to open workbenches, optimistic locking): a segment changed
 * since the preview is skipped and listed, never overwritten. A replace-all can be undone in one step, segment by
 * segment, where nobody changed the segment since.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class ReplaceService {

    /** Where to search. */
    public enum Side { SOURCE, TARGET, BOTH }

    /** A hit in a segment's source or target (offsets into the stored text). */
    public record SearchHit(long segmentId, int index, Side side, int start, int end) {
    }

    /**
     * One segment's change: its target before and after, and the version it applies to (in a preview: the version
     * read; in a result: the version the save made).
     */
    public record Change(long segmentId, int index, int version, String before, String after) {
    }

    /** A segment left alone, and why. */
    public record Skipped(long segmentId, int index, String reason) {
    }

    /** What a replace-all (or its undo) changed and what it skipped. */
    public record Result(List<Change> changes, List<Skipped> skipped) {
        public Result {
            changes = List.copyOf(changes);
            skipped = List.copyOf(skipped);
        }
    }

    private final DocumentService documents;

    ReplaceService(DocumentService documents) {
        this.documents = documents;
    }

    /** Every hit in the document, in document order (source before target within a segment). */
    public List<SearchHit> search(long documentId, TextSearch search, Side side) {
        Pattern pattern = search.pattern();
        TextSearch.Deadline deadline = deadline();
        List<SearchHit> hits = new ArrayList<>();
        for (Segment segment : documents.segments(documentId)) {
            if (side != Side.TARGET) {
                search.hits(segment.source(), pattern, deadline).forEach(hit -> hits.add(new SearchHit(segment.id(),
                        segment.index(), Side.SOURCE, hit.start(), hit.end())));
            }
            if (side != Side.SOURCE) {
                search.hits(segment.targetText(), pattern, deadline).forEach(hit -> hits.add(new SearchHit(
                        segment.id(), segment.index(), Side.TARGET, hit.start(), hit.end())));
            }
        }
        return hits;
    }

    /** What replacing in the targets would change, segment by segment; nothing is saved. */
    public List<Change> preview(long documentId, TextSearch search, String replacement) {
        TextSearch.requireNoCode(replacement);
        Pattern pattern = search.pattern();
        TextSearch.Deadline deadline = deadline();
        List<Change> changes = new ArrayList<>();
        for (Segment segment : documents.segments(documentId)) {
            Optional<String> after = search.replace(segment.targetText(), pattern, replacement, deadline);
            if (after.isPresent() && !after.get().equals(segment.targetText())) {
                changes.add(new Change(segment.id(), segment.index(), segment.version(), segment.targetText(),
                        after.get()));
            }
        }
        return changes;
    }

    /**
     * Saves the chosen changes of a preview, each as a normal save at the version the preview read; a segment saved
     * by anyone since, or an edit the segment refuses, is skipped with the reason.
     */
    public Result apply(long documentId, List<Change> chosen) {
        List<Change> made = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Change change : chosen) {
            save(documentId, change.segmentId(), change.index(), change.before(), change.after(), change.version(),
                    made, skipped, "changed by someone else since the preview");
        }
        return new Result(made, skipped);
    }

    /**
     * Replaces in the targets at once (the REST call): the preview, less the excluded segments, applied; with
     * {@code dryRun} only the preview.
     */
    public Result replace(long documentId, TextSearch search, String replacement, Set<Long> excluded, boolean dryRun) {
        List<Change> chosen = preview(documentId, search, replacement).stream()
                .filter(change -> !excluded.contains(change.segmentId())).toList();
        return dryRun ? new Result(chosen, List.of()) : apply(documentId, chosen);
    }

    /**
     * Undoes a replace-all: each changed segment gets its text from before back, as a new saved change, where it
     * still holds what the replacement saved (same version); a segment changed since is skipped and listed.
     */
    public Result undo(long documentId, Result done) {
        List<Change> made = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Change change : done.changes()) {
            save(documentId, change.segmentId(), change.index(), change.after(), change.before(), change.version(),
                    made, skipped, "changed since the replacement");
        }
        return new Result(made, skipped);
    }

    private void save(long documentId, long segmentId, int index, String before, String after, int version,
                      List<Change> made, List<Skipped> skipped, String staleReason) {
        try {
            Segment saved = documents.saveTarget(documentId, segmentId, after, version, null);
            made.add(new Change(segmentId, index, saved.version(), before, after));
        } catch (StaleSegmentException e) {
            skipped.add(new Skipped(segmentId, index, staleReason));
        } catch (InvalidEditException e) {
            skipped.add(new Skipped(segmentId, index, String.join(" ", e.problems())));
        }
    }

    private static TextSearch.Deadline deadline() {
        return new TextSearch.Deadline(System.nanoTime() + TextSearch.BUDGET_NANOS);
    }
}
