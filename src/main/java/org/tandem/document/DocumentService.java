package org.tandem.document;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.base.data.HeavyJobs;
import org.tandem.base.web.FieldLength;
import org.tandem.io.ImportException;
import org.tandem.io.ParsedDocument;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentReview;
import org.tandem.io.TranslationFiles;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/**
 * The documents feature's API: import, list, read and save segments, export, delete. Every call needs a signed-in
 * user: translators read and save targets; editors also import, export and delete, and set reviewers' statuses.
 * A save is written with its change (who, before, after) in one transaction, only over the version it edited.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class DocumentService {

    private final DocumentRepository repository;
    private final TranslationFiles files;
    private final TransactionTemplate transaction;
    private final ImportProperties limits;
    private final SegmentEvents events;
    private final ApplicationEventPublisher publisher;
    private final HeavyJobs jobs;

    DocumentService(DocumentRepository repository, TranslationFiles files, TransactionTemplate transaction,
                    ImportProperties limits, SegmentEvents events, ApplicationEventPublisher publisher,
                    HeavyJobs jobs) {
        this.jobs = jobs;
        this.repository = repository;
        this.files = files;
        this.transaction = transaction;
        this.limits = limits;
        this.events = events;
        this.publisher = publisher;
    }

    /** Progress of a long job: items done so far out of all. */
    @FunctionalInterface
    public interface ImportProgress {
        void stored(int done, int total);

        ImportProgress NONE = (done, total) -> { };
    }

    /**
     * Imports an XLIFF 1.x/2.x file. Nothing is stored unless all of it is.
     *
     * @param targetLang the target language where the file names none (may be null)
     * @param lenient    accept an XLIFF 2 file that breaks the standard, with a warning
     * @throws ImportException naming the file and the problem
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Document importXliff(String fileName, byte[] content, String targetLang, boolean lenient,
                                ImportProgress progress) {
        checkSize(fileName, content);
        FieldLength.require("file name", fileName, MAX_NAME);
        return jobs.run("the import of " + fileName, () -> {
            ParsedDocument parsed = files.readXliff(fileName, content, targetLang, lenient);
            return store(fileName, parsed, content, null, progress);
        });
    }

    /**
     * Imports a source text and its machine translation, segmented and aligned.
     *
     * @throws ImportException naming the file and the problem
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Document importTextPair(String sourceName, byte[] source, String targetName, byte[] target,
                                   String sourceLang, String targetLang, ImportProgress progress) {
        checkSize(sourceName, source);
        checkSize(targetName, target);
        FieldLength.require("source file name", sourceName, MAX_NAME);
        return jobs.run("the import of " + sourceName, () -> {
            ParsedDocument parsed = files.readTextPair(sourceName, source, targetName, target, sourceLang,
                    targetLang);
            return store(sourceName, parsed, source, target, progress);
        });
    }

    private Document store(String name, ParsedDocument parsed, byte[] original, byte[] originalTarget,
                           ImportProgress progress) {
        checkSegments(name, parsed);
        int total = parsed.segments().size();
        Long id = transaction.execute(status -> {
            long documentId = repository.insertDocument(name, parsed, original, originalTarget);
            repository.insertSegments(documentId, parsed.segments(), done -> progress.stored(done, total));
            List<SegmentReview> reviews = parsed.segments().stream().map(ParsedSegment::review).toList();
            if (reviews.stream().anyMatch(r -> !r.isEmpty())) {
                publisher.publishEvent(new ImportedReviewData(documentId, repository.segments(documentId), reviews));
            }
            if (parsed.segments().stream().map(DocumentRepository::importedStatus)
                    .anyMatch(s -> s == SegmentStatus.REVIEWED || s == SegmentStatus.APPROVED)) {
                publisher.publishEvent(new ReviewedSegmentsImported(documentId, CurrentUser.name()));
            }
            return documentId;
        });
        return document(id);
    }

    /** Column limits of what a file brings in, and the per-segment size limit, named before anything is stored. */
    private void checkSegments(String fileName, ParsedDocument parsed) {
        int max = limits.maxSegmentChars();
        for (ParsedSegment segment : parsed.segments()) {
            String unit = segment.unitId().length() > 40 ? segment.unitId().substring(0, 40) + "…" : segment.unitId();
            if (segment.unitId().length() > MAX_UNIT_ID) {
                throw new ImportException(fileName, "unit \"" + unit + "\" has an id of "
                        + segment.unitId().length() + " characters, over the " + MAX_UNIT_ID + " Tandem stores");
            }
            for (String[] side : new String[][] {{"source", segment.source()}, {"target", segment.target()}}) {
                if (side[1] != null && side[1].length() > max) {
                    throw new ImportException(fileName, "unit \"" + unit + "\" has a " + side[0] + " of "
                            + String.format(java.util.Locale.ROOT, "%,d", side[1].length()) + " characters, over "
                            + "the limit of " + String.format(java.util.Locale.ROOT, "%,d", max)
                            + " per segment (tandem.import.max-segment-chars); split it before importing");
                }
            }
        }
    }

    /** The longest document name (the imported file's name) the database holds. */
    static final int MAX_NAME = 500;

    /** The longest unit id the database holds. */
    static final int MAX_UNIT_ID = 2000;

    private void checkSize(String fileName, byte[] content) {
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new FileTooLargeException(fileName, content.length, limits.maxFileSize().toBytes());
        }
    }

    /** The largest file an import accepts, in bytes. */
    public long maxFileSize() {
        return limits.maxFileSize().toBytes();
    }

    public List<Document> documents() {
        return repository.findAll();
    }

    public Document document(long id) {
        return repository.find(id).orElseThrow(() -> new DocumentNotFoundException("No document " + id + "."));
    }

    public List<Segment> segments(long documentId) {
        document(documentId);
        return repository.segments(documentId);
    }

    /** A page of segments in document order, for lazy loading. */
    public List<Segment> segments(long documentId, int offset, int limit) {
        return repository.segments(documentId, offset, limit);
    }

    public Segment segment(long documentId, long segmentId) {
        return repository.segment(documentId, segmentId).orElseThrow(() -> new DocumentNotFoundException(
                "No segment " + segmentId + " in document " + documentId + "."));
    }

    /**
     * Saves a new target if nobody saved the segment since {@code version}. Returns the stored segment only after
     * the database has it. The change is kept in the segment's history (who, before, after) in the same
     * transaction as the save.
     *
     * @param status the status to give it (null: TRANSLATED, or NEW for an empty target); reviewing, approving and
     *               rejecting are for editors
     * @throws StaleSegmentException when the version is not the current one; nothing is written
     * @throws InvalidEditException  when the edit drops or breaks an inline code; nothing is written
     */
    public Segment saveTarget(long documentId, long segmentId, String target, int version, SegmentStatus status) {
        requireReviewer(status);
        Segment current = segment(documentId, segmentId);
        String text = target == null ? "" : target;
        if (text.length() > limits.maxSegmentChars()) {
            throw new InvalidEditException(current.index(), List.of(String.format(java.util.Locale.ROOT,
                    "The target has %,d characters, over the limit of %,d per segment.", text.length(),
                    limits.maxSegmentChars())));
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidEditException(current.index(), List.of("The target holds a NUL character (U+0000), "
                    + "which no text has."));
        }
        List<String> problems = SegmentEdits.problems(current, text);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(current.index(), problems);
        }
        SegmentStatus next = status != null ? status
                : text.isEmpty() ? SegmentStatus.NEW : SegmentStatus.TRANSLATED;
        String stored = text.isEmpty() && current.target() == null ? null : text;
        return store(current, stored, next, null, version);
    }

    /**
     * Gives a segment a status (with the reason of a rejection), keeping its text, if nobody saved it since
     * {@code version}; the change is kept in its history. Which moves are allowed is the review workflow's to say.
     *
     * @throws StaleSegmentException when the version is not the current one
     */
    public Segment saveStatus(long documentId, long segmentId, SegmentStatus status, String reason, int version) {
        requireReviewer(status);
        Segment current = segment(documentId, segmentId);
        return store(current, current.target(), status, reason, version);
    }

    private static void requireReviewer(SegmentStatus status) {
        if (status != null && status.needsReviewer()) {
            CurrentUser.require(Role.EDITOR, "mark a segment " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Writes target and status with the change row in one transaction, or nothing if the version is stale. */
    private Segment store(Segment current, String target, SegmentStatus status, String reason, int version) {
        String who = CurrentUser.name();
        boolean saved = Boolean.TRUE.equals(transaction.execute(tx -> {
            if (!repository.updateTarget(current.documentId(), current.id(), version, target, status, reason)) {
                return false;
            }
            repository.insertChange(current.id(), version + 1, current.target(), target, current.status(), status,
                    who);
            if (TranslationsReviewed.reports(status) && target != null) {
                publisher.publishEvent(new TranslationsReviewed(current.documentId(), who, List.of(
                        new TranslationsReviewed.Reviewed(current.id(), current.source(), target, status))));
            }
            return true;
        }));
        if (!saved) {
            throw new StaleSegmentException(segment(current.documentId(), current.id()));
        }
        // What the update wrote, without reading it back (one query less per save).
        Segment stored = new Segment(current.id(), current.documentId(), current.index(), current.unitId(),
                current.source(), target, current.mtTarget(), current.codes(), status, version + 1, reason,
                current.context());
        events.publish(new SegmentSaved(stored.documentId(), stored.id(), stored.index(), stored.version(), who,
                false));
        return stored;
    }

    /** Every saved change of a segment, oldest first. */
    public List<SegmentChange> changes(long documentId, long segmentId) {
        segment(documentId, segmentId);
        return repository.changes(segmentId);
    }

    @PreAuthorize("hasRole('EDITOR')")
    public void delete(long documentId) {
        if (!repository.delete(documentId)) {
            throw new DocumentNotFoundException("No document " + documentId + ".");
        }
    }

    /** The corrected file: the original XLIFF with edited targets patched in, or new XLIFF/text for a text pair. */
    @PreAuthorize("hasRole('EDITOR')")
    public ExportedFile export(long documentId, TranslationFiles.ExportFormat format) {
        return export(documentId, format, null);
    }

    /**
     * Like {@link #export(long, TranslationFiles.ExportFormat)}; with review data (by segment id), the file also
     * carries it (ITS 2.0 quality issues, comments as notes). Without it (null: a "clean" export) it carries none,
     * also none that Tandem wrote into the file before.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ExportedFile export(long documentId, TranslationFiles.ExportFormat format,
                               Map<Long, SegmentReview> review) {
        Document doc = document(documentId);
        byte[][] originals = repository.originals(documentId).orElseThrow();
        Map<Long, SegmentReview> reviews = review == null ? Map.of() : review;
        List<TranslationFiles.SegmentText> texts = repository.segments(documentId).stream()
                .map(s -> new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), s.changed(), s.codes(),
                        s.status().inFile(), reviews.get(s.id())))
                .toList();
        TranslationFiles.ExportFormat as = format == null ? TranslationFiles.ExportFormat.ORIGINAL : format;
        byte[] bytes = files.export(doc.name(), doc.format(), originals[0], doc.sourceLang(), doc.targetLang(),
                texts, as, review != null);
        return new ExportedFile(exportName(doc, as), mediaType(as), bytes);
    }

    private static String exportName(Document doc, TranslationFiles.ExportFormat as) {
        String base = doc.name().replaceAll("\\.[A-Za-z0-9]+$", "");
        if (!doc.isTextPair() && as == TranslationFiles.ExportFormat.ORIGINAL) {
            String ext = doc.name().contains(".") ? doc.name().substring(doc.name().lastIndexOf('.')) : ".xlf";
            return base + "." + doc.targetLang() + ext;
        }
        return switch (as) {
            case TEXT -> base + "." + doc.targetLang() + ".txt";
            case XLIFF_1 -> base + "." + doc.targetLang() + ".xliff12.xlf";
            default -> base + "." + doc.targetLang() + ".xlf";
        };
    }

    private static String mediaType(TranslationFiles.ExportFormat as) {
        return as == TranslationFiles.ExportFormat.TEXT ? "text/plain;charset=UTF-8" : "application/xliff+xml";
    }
}
