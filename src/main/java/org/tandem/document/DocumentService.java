package org.tandem.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.glossary.GlossaryService;
import org.tandem.io.FileState;
import org.tandem.io.ImportException;
import org.tandem.io.ParsedDocument;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentReview;
import org.tandem.io.TranslationFiles;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Terminology;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/**
 * The documents feature's API: import, list, read and edit segments, export, delete. Every call needs a signed-in
 * user: translators read, edit, comment and dismiss; editors also review, import, export, delete and choose
 * termbases. Histories, comments and dismissals record the signed-in user's name.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class DocumentService {

    private final DocumentRepository repository;
    private final TranslationFiles files;
    private final TransactionTemplate transaction;
    private final ImportProperties limits;
    private final QaService qa;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final GlossaryService glossaries;
    private final java.util.List<Subscription> subscriptions = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Delivers change events off the saving thread: a listener may lock another user's UI session, which Vaadin
     * refuses on a thread that holds a session lock already.
     */
    private final java.util.concurrent.Executor notifier = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segment-events");
        t.setDaemon(true);
        return t;
    });

    private record Subscription(long documentId, java.util.function.Consumer<SegmentSaved> listener) {
    }

    private final org.springframework.beans.factory.ObjectProvider<QualityMarks> qualityMarks;

    DocumentService(DocumentRepository repository, TranslationFiles files, TransactionTemplate transaction,
                    ImportProperties limits, QaService qa, com.fasterxml.jackson.databind.ObjectMapper json,
                    GlossaryService glossaries, org.springframework.beans.factory.ObjectProvider<QualityMarks> qualityMarks) {
        this.qualityMarks = qualityMarks;
        this.glossaries = glossaries;
        this.repository = repository;
        this.files = files;
        this.transaction = transaction;
        this.limits = limits;
        this.qa = qa;
        this.json = json;
    }

    /** Progress of an import: segments stored so far out of all. */
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
        ParsedDocument parsed = files.readXliff(fileName, content, targetLang, lenient);
        return store(fileName, parsed, content, null, progress);
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
        ParsedDocument parsed = files.readTextPair(sourceName, source, targetName, target, sourceLang, targetLang);
        return store(sourceName, parsed, source, target, progress);
    }

    private Document store(String name, ParsedDocument parsed, byte[] original, byte[] originalTarget,
                           ImportProgress progress) {
        int total = parsed.segments().size();
        Long id = transaction.execute(status -> {
            long documentId = repository.insertDocument(name, parsed, original, originalTarget);
            IntConsumer stored = done -> progress.stored(done, total);
            repository.insertSegments(documentId, parsed.segments(), stored);
            restoreReview(documentId, parsed.segments());
            return documentId;
        });
        return document(id);
    }

    /** Prefix of the ITS profile reference naming the check behind an automatic issue. */
    public static final String CHECK_PROFILE = "urn:tandem:check:";

    /**
     * Puts back the review data an imported file carried: comment threads, dismissals (a disabled issue of a
     * check), and the marks another feature keeps (MQM errors, issues of other tools). Issues of checks that were
     * open come back by themselves when the document is checked.
     */
    private void restoreReview(long documentId, List<ParsedSegment> parsed) {
        if (parsed.stream().allMatch(p -> p.review().isEmpty())) {
            return;
        }
        List<Segment> segments = repository.segments(documentId);
        Map<Long, List<SegmentReview.QualityMark>> others = new LinkedHashMap<>();
        Map<Long, String> targets = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            SegmentReview review = parsed.get(i).review();
            Map<Long, Long> threads = new java.util.HashMap<>();
            for (SegmentReview.ReviewNote note : review.notes()) {
                Long thread = note.thread() == null ? null : threads.get(note.thread());
                long id = repository.insertComment(segment.id(), thread, note.author().isBlank() ? "?" : note.author(),
                        note.text().length() > MAX_COMMENT ? note.text().substring(0, MAX_COMMENT) : note.text());
                threads.put(note.id(), id);
                if (note.thread() == null && note.resolved()) {
                    repository.resolveComment(segment.id(), id, true, note.author());
                }
            }
            for (SegmentReview.QualityMark mark : review.marks()) {
                String profile = mark.profileRef() == null ? "" : mark.profileRef();
                if (profile.startsWith(CHECK_PROFILE)) {
                    if (!mark.enabled()) {
                        repository.insertDismissal(segment.id(), profile.substring(CHECK_PROFILE.length()),
                                mark.start(), mark.end(), segment.targetText(), mark.comment(), CurrentUser.name());
                    }
                } else {
                    others.computeIfAbsent(segment.id(), k -> new java.util.ArrayList<>()).add(mark);
                    targets.put(segment.id(), segment.targetText());
                }
            }
        }
        if (!others.isEmpty()) {
            qualityMarks.ifAvailable(q -> q.restore(documentId, others, targets));
        }
    }

    private void checkSize(String fileName, byte[] content) {
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new FileTooLargeException(fileName, content.length, limits.maxFileSize().toBytes());
        }
    }

    /** The ids of all checks, for filters. */
    public List<String> checkIds() {
        return qa.checkIds();
    }

    /** What the checks cannot cover for this document's languages (e.g. no LanguageTool for the target). */
    public List<String> checkNotices(long documentId) {
        Document doc = document(documentId);
        return qa.notices(doc.sourceLang(), doc.targetLang());
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
        List<String> problems = new java.util.ArrayList<>(forbiddenCharacters(text));
        Set<String> required = current.target() != null ? Placeholders.tokenSet(current.target())
                : Placeholders.tokenSet(current.source());
        if (current.target() == null && text.isEmpty()) {
            required = Set.of();
        }
        problems.addAll(Placeholders.problems(text, current.codes(), required));
        if (!problems.isEmpty()) {
            throw new InvalidEditException(current.index(), problems);
        }
        SegmentStatus next = status != null ? status
                : text.isEmpty() ? SegmentStatus.NEW : SegmentStatus.TRANSLATED;
        String stored = text.isEmpty() && current.target() == null ? null : text;
        return store(current, stored, next, null, version);
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
            return true;
        }));
        if (!saved) {
            throw new StaleSegmentException(segment(current.documentId(), current.id()));
        }
        Segment stored = segment(current.documentId(), current.id());
        publish(new SegmentSaved(stored.documentId(), stored.id(), stored.index(), stored.version(), who, false));
        return stored;
    }

    /**
     * Calls the listener, on a thread of its own, after each stored change of a segment of the document (by
     * anyone, this session included). Returns what ends the subscription.
     */
    public Runnable subscribe(long documentId, java.util.function.Consumer<SegmentSaved> listener) {
        Subscription subscription = new Subscription(documentId, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    private void publish(SegmentSaved event) {
        for (Subscription s : subscriptions) {
            if (s.documentId() == event.documentId()) {
                notifier.execute(() -> s.listener().accept(event));
            }
        }
    }

    /**
     * Moves a segment in the review workflow (new → translated → reviewed → approved, or rejected with a reason),
     * keeping its text; the change is kept in its history.
     *
     * @throws InvalidStatusException when a rejection has no reason, or an empty target would be reviewed/approved
     * @throws StaleSegmentException  when the version is not the current one
     */
    public Segment setStatus(long documentId, long segmentId, SegmentStatus status, String reason, int version) {
        requireReviewer(status);
        Segment current = segment(documentId, segmentId);
        if (status == SegmentStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new InvalidStatusException("Say why segment " + current.index() + " is rejected.");
        }
        if ((status == SegmentStatus.REVIEWED || status == SegmentStatus.APPROVED) && current.targetText().isBlank()) {
            throw new InvalidStatusException("Segment " + current.index() + " has no target to "
                    + (status == SegmentStatus.APPROVED ? "approve." : "review."));
        }
        return store(current, current.target(), status, status == SegmentStatus.REJECTED ? reason.strip() : null,
                version);
    }

    /** Reviewing, approving and rejecting are for editors; translators may mark their own work new or translated. */
    private static void requireReviewer(SegmentStatus status) {
        if (status == SegmentStatus.REVIEWED || status == SegmentStatus.APPROVED || status == SegmentStatus.REJECTED) {
            CurrentUser.require(Role.EDITOR, "mark a segment " + status.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Approves every segment that has a target, is not approved or rejected yet, and has no major or critical
     * issue. Returns how many it approved (a segment someone saved meanwhile is skipped).
     */
    @PreAuthorize("hasRole('EDITOR')")
    public int approveAllWithoutMajorIssues(long documentId) {
        Map<Long, List<Issue>> issues = issues(documentId);
        int approved = 0;
        for (Segment segment : repository.segments(documentId)) {
            boolean major = issues.getOrDefault(segment.id(), List.of()).stream()
                    .anyMatch(i -> i.severity().compareTo(org.tandem.qa.Severity.MAJOR) >= 0);
            if (major || segment.targetText().isBlank() || segment.status() == SegmentStatus.APPROVED
                    || segment.status() == SegmentStatus.REJECTED) {
                continue;
            }
            try {
                store(segment, segment.target(), SegmentStatus.APPROVED, null, segment.version());
                approved++;
            } catch (StaleSegmentException e) {
                // saved by someone else since the check: left for a person to look at
            }
        }
        return approved;
    }

    /** Longest comment accepted. */
    public static final int MAX_COMMENT = 5000;

    /**
     * Adds a comment to a segment: a new thread, or a reply to a thread (named by its first comment). A reply
     * reopens a resolved thread.
     *
     * @throws IllegalArgumentException when the text is empty or too long, or the thread is not this segment's
     */
    public Comment comment(long documentId, long segmentId, Long threadId, String text) {
        segment(documentId, segmentId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("A comment needs some text.");
        }
        if (body.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A comment is limited to " + MAX_COMMENT + " characters.");
        }
        if (threadId != null && repository.comments(segmentId).stream()
                .noneMatch(c -> c.id() == threadId && c.parentId() == null)) {
            throw new IllegalArgumentException("Segment " + segmentId + " has no thread " + threadId + ".");
        }
        String author = CurrentUser.name();
        long id = transaction.execute(tx -> {
            long inserted = repository.insertComment(segmentId, threadId, author, body);
            if (threadId != null) {
                repository.resolveComment(segmentId, threadId, false, author);
            }
            return inserted;
        });
        Segment segment = segment(documentId, segmentId);
        publish(new SegmentSaved(documentId, segmentId, segment.index(), segment.version(), author, true));
        return repository.comments(segmentId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** A segment's comment threads, oldest first. */
    public List<Comment.Thread> comments(long documentId, long segmentId) {
        segment(documentId, segmentId);
        List<Comment> all = repository.comments(segmentId);
        return all.stream().filter(c -> c.parentId() == null)
                .map(first -> new Comment.Thread(first, all.stream()
                        .filter(c -> first.id() == (c.parentId() == null ? -1 : c.parentId())).toList()))
                .toList();
    }

    /** Marks a thread resolved (or open again). */
    public void resolve(long documentId, long segmentId, long threadId, boolean resolved) {
        segment(documentId, segmentId);
        if (!repository.resolveComment(segmentId, threadId, resolved, CurrentUser.name())) {
            throw new IllegalArgumentException("Segment " + segmentId + " has no thread " + threadId + ".");
        }
        Segment segment = segment(documentId, segmentId);
        publish(new SegmentSaved(documentId, segmentId, segment.index(), segment.version(), CurrentUser.name(), true));
    }

    /** Open comment threads per segment id. */
    public Map<Long, Integer> openThreads(long documentId) {
        document(documentId);
        return repository.openThreads(documentId);
    }

    /** Every saved change of a segment, oldest first. */
    public List<SegmentChange> history(long documentId, long segmentId) {
        segment(documentId, segmentId);
        return repository.changes(segmentId);
    }

    /**
     * Puts back the target a change left (or, with {@code before}, the one it replaced) as a new change; the
     * history keeps everything. Same conflict rule as a save.
     */
    public Segment revert(long documentId, long segmentId, long changeId, boolean before, int version) {
        SegmentChange change = history(documentId, segmentId).stream().filter(c -> c.id() == changeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("segment " + segmentId + " has no change " + changeId));
        return saveTarget(documentId, segmentId, before ? change.beforeText() : change.afterText(), version, null);
    }

    /** The issues of every segment, by segment id, in document order. */
    public Map<Long, List<Issue>> issues(long documentId) {
        return issues(documentId, (done, total) -> { });
    }

    /** Like {@link #issues(long)}, reporting progress (segments checked of all). */
    public Map<Long, List<Issue>> issues(long documentId, ImportProgress progress) {
        Checked checked = check(documentId, progress);
        Map<Long, List<Issue>> bySegment = new LinkedHashMap<>();
        for (int i = 0; i < checked.segments().size(); i++) {
            Segment segment = checked.segments().get(i);
            bySegment.put(segment.id(), checked.found().get(i).stream()
                    .filter(issue -> !dismissed(checked.dismissals(), segment, issue)).toList());
        }
        return bySegment;
    }

    /** The segments, every issue found in each (dismissed ones included), and the dismissals. */
    private record Checked(List<Segment> segments, List<List<Issue>> found,
                           List<DocumentRepository.Dismissal> dismissals) {
    }

    private Checked check(long documentId, ImportProgress progress) {
        Document doc = document(documentId);
        List<Segment> segments = repository.segments(documentId);
        Terminology terminology = glossaries.terminology(documentId, doc.sourceLang(), doc.targetLang());
        List<SegmentPair> pairs = segments.stream().map(s -> pair(doc, s, terminology)).toList();
        Map<Long, DocumentRepository.StoredIssues> stored = repository.storedIssues(documentId);
        Map<Integer, List<Issue>> known = new java.util.HashMap<>();
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String key = QaService.textKey(pairs.get(i));
            keys.add(key);
            DocumentRepository.StoredIssues row = stored.get(segments.get(i).id());
            List<Issue> reusable = row != null && row.textKey().equals(key) ? issuesFromJson(row.json()) : null;
            if (reusable != null) {
                known.put(i, reusable);
            }
        }
        List<List<Issue>> found = qa.check(pairs, done -> progress.stored(done, segments.size()), known);
        List<DocumentRepository.StoredIssues> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            DocumentRepository.StoredIssues row = stored.get(segments.get(i).id());
            if (row == null || !row.textKey().equals(keys.get(i)) || !known.containsKey(i)) {
                int index = i;
                qa.cached(pairs.get(i)).ifPresent(issues -> fresh.add(new DocumentRepository.StoredIssues(
                        segments.get(index).id(), keys.get(index), issuesToJson(issues))));
            }
        }
        repository.storeIssues(fresh, QaService.RULESET_VERSION);
        return new Checked(segments, found, repository.dismissals(documentId));
    }

    private static boolean dismissed(List<DocumentRepository.Dismissal> dismissals, Segment segment, Issue issue) {
        return dismissals.stream().anyMatch(d -> d.segmentId() == segment.id() && d.checkId().equals(issue.checkId())
                && d.start() == issue.start() && d.end() == issue.end() && d.targetText().equals(segment.targetText()));
    }


    /**
     * Dismisses an issue as a false positive, recorded with who and when. It stays dismissed on re-check until the
     * target text changes.
     */
    public void dismiss(long documentId, long segmentId, Issue issue, String reason) {
        Segment segment = segment(documentId, segmentId);
        repository.insertDismissal(segment.id(), issue.checkId(), issue.start(), issue.end(), segment.targetText(),
                reason == null || reason.isBlank() ? null : reason.strip(), CurrentUser.name());
    }

    private String issuesToJson(List<Issue> issues) {
        try {
            return json.writeValueAsString(issues);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Issue> issuesFromJson(String text) {
        try {
            return json.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<List<Issue>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static SegmentPair pair(Document doc, Segment s, Terminology terminology) {
        return new SegmentPair(s.source(), s.targetText(), doc.sourceLang(), doc.targetLang(), terminology);
    }

    /** Every termbase, for choosing a document's. */
    public List<org.tandem.glossary.Termbase> allTermbases() {
        return glossaries.termbases();
    }

    /** The termbases a document is checked against: those chosen for it, else every one for its languages. */
    public List<org.tandem.glossary.Termbase> termbasesOf(long documentId) {
        Document doc = document(documentId);
        return glossaries.termbasesFor(documentId, doc.sourceLang(), doc.targetLang());
    }

    /** Checks a document against these termbases from now on (none is a choice too). */
    @PreAuthorize("hasRole('EDITOR')")
    public void chooseTermbases(long documentId, List<Long> termbaseIds) {
        document(documentId);
        glossaries.chooseTermbases(documentId, termbaseIds);
    }

    /** Adds a term pair to a glossary the document is checked against ("add to glossary" in the workbench). */
    @PreAuthorize("hasRole('EDITOR')")
    public void addToGlossary(long documentId, String sourceTerm, String targetTerm) {
        Document doc = document(documentId);
        glossaries.addTermPair(documentId, doc.sourceLang(), sourceTerm, doc.targetLang(), targetTerm);
    }

    /** The terms of a segment's source and the translations the document's termbases require for them. */
    public List<GlossaryService.FoundTerm> termsOf(long documentId, long segmentId) {
        Document doc = document(documentId);
        Segment segment = segment(documentId, segmentId);
        return glossaries.termsIn(glossaries.terminology(documentId, doc.sourceLang(), doc.targetLang()),
                segment.source(), doc.sourceLang(), doc.targetLang());
    }

    /**
     * Applies one fix to every segment that has the same issue (same check, same text, same suggestion), e.g. a
     * name spelled the other way or a lower-case proper noun. Returns how many places changed.
     */
    public int fixEverywhere(long documentId, String checkId, String covered, String replacement) {
        Map<Long, Segment> segments = new LinkedHashMap<>();
        repository.segments(documentId).forEach(s -> segments.put(s.id(), s));
        int changed = 0;
        for (Map.Entry<Long, List<Issue>> entry : issues(documentId).entrySet()) {
            Segment segment = segments.get(entry.getKey());
            String text = segment.targetText();
            List<Issue> matching = entry.getValue().stream()
                    .filter(i -> sameFix(i, text, checkId, covered, replacement))
                    .sorted(java.util.Comparator.comparingInt(Issue::start).reversed())
                    .toList();
            if (matching.isEmpty()) {
                continue;
            }
            String fixed = text;
            int lastStart = Integer.MAX_VALUE;
            for (Issue issue : matching) {
                if (issue.end() <= lastStart) {
                    fixed = QaService.apply(fixed, issue, replacement);
                    lastStart = issue.start();
                    changed++;
                }
            }
            saveTarget(documentId, segment.id(), fixed, segment.version(), null);
        }
        return changed;
    }

    /** Whether an issue in {@code target} is the same fix: same check, same covered text, same suggestion. */
    public static boolean sameFix(Issue issue, String target, String checkId, String covered, String replacement) {
        return issue.checkId().equals(checkId) && issue.end() <= target.length()
                && target.substring(issue.start(), issue.end()).equals(covered)
                && issue.suggestions().contains(replacement);
    }

    /** Characters XML 1.0 cannot carry, which would make the exported file unreadable. */
    private static List<String> forbiddenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || loneSurrogate || c == '\uFFFE' || c == '\uFFFF') {
                return List.of(String.format(Locale.ROOT, "The text holds the character U+%04X at position %d, "
                        + "which XLIFF files cannot contain.", (int) c, i + 1));
            }
        }
        return List.of();
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
        return export(documentId, format, false);
    }

    /**
     * Like {@link #export(long, TranslationFiles.ExportFormat)}; with {@code review}, the file also carries the
     * review data as ITS 2.0 Localization Quality Issues (open issues, dismissed ones disabled, MQM errors) and the
     * comment threads as notes. Without it (a "clean" export) it carries none, also none Tandem wrote before.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ExportedFile export(long documentId, TranslationFiles.ExportFormat format, boolean review) {
        Document doc = document(documentId);
        byte[][] originals = repository.originals(documentId).orElseThrow();
        Map<Long, SegmentReview> reviews = review ? reviewData(documentId) : Map.of();
        List<TranslationFiles.SegmentText> texts = repository.segments(documentId).stream()
                .map(s -> new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), s.changed(), s.codes(),
                        FileState.valueOf(s.status().name()), reviews.get(s.id())))
                .toList();
        TranslationFiles.ExportFormat as = format == null ? TranslationFiles.ExportFormat.ORIGINAL : format;
        byte[] bytes = files.export(doc.name(), doc.format(), originals[0], doc.sourceLang(), doc.targetLang(),
                texts, as, review);
        return new ExportedFile(exportName(doc, as), mediaType(doc, as), bytes);
    }

    /** Each segment's issues (dismissed ones disabled), the other features' marks, and its comment threads. */
    private Map<Long, SegmentReview> reviewData(long documentId) {
        Checked checked = check(documentId, ImportProgress.NONE);
        Map<Long, List<SegmentReview.QualityMark>> others = new java.util.HashMap<>();
        qualityMarks.ifAvailable(q -> others.putAll(q.marks(documentId)));
        Map<Long, SegmentReview> reviews = new java.util.HashMap<>();
        for (int i = 0; i < checked.segments().size(); i++) {
            Segment segment = checked.segments().get(i);
            List<SegmentReview.QualityMark> marks = new java.util.ArrayList<>();
            for (Issue issue : checked.found().get(i)) {
                marks.add(new SegmentReview.QualityMark(issue.start(), issue.end(), issue.itsType(),
                        issue.message(), itsSeverity(issue.severity()), !dismissed(checked.dismissals(), segment, issue),
                        CHECK_PROFILE + issue.checkId()));
            }
            marks.addAll(others.getOrDefault(segment.id(), List.of()));
            List<SegmentReview.ReviewNote> notes = repository.comments(segment.id()).stream()
                    .map(c -> new SegmentReview.ReviewNote(c.id(), c.parentId(), c.author(), c.text(),
                            c.resolved()))
                    .toList();
            reviews.put(segment.id(), new SegmentReview(marks, notes));
        }
        return reviews;
    }

    /** ITS severity (0–100) of an automatic issue's severity. */
    public static double itsSeverity(org.tandem.qa.Severity severity) {
        return switch (severity) {
            case MINOR -> 25;
            case MAJOR -> 60;
            case CRITICAL -> 100;
        };
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

    private static String mediaType(Document doc, TranslationFiles.ExportFormat as) {
        return as == TranslationFiles.ExportFormat.TEXT ? "text/plain;charset=UTF-8" : "application/xliff+xml";
    }
}
