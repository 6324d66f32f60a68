package org.tandem.review;

import org.tandem.base.web.FieldLength;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.DocumentService.ImportProgress;
import org.tandem.document.Segment;
import org.tandem.glossary.GlossaryService;
import org.tandem.qa.CheckProfile;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Terminology;
import org.tandem.report.QaReport;
import org.tandem.security.CurrentUser;

/**
 * A document's issues: every check run over its segments against its termbases, results kept per segment while
 * the text is the same, less what reviewers dismissed; dismissing, and one fix applied everywhere it applies.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class IssueService {

    private final DocumentService documents;
    private final IssueRepository repository;
    private final QaService qa;
    private final GlossaryService glossaries;
    private final ObjectMapper json;
    private final CheckSettingsService settings;

    IssueService(DocumentService documents, IssueRepository repository, QaService qa, GlossaryService glossaries,
                 ObjectMapper json, CheckSettingsService settings) {
        this.settings = settings;
        this.documents = documents;
        this.repository = repository;
        this.qa = qa;
        this.glossaries = glossaries;
        this.json = json;
    }

    /** The open issues of every segment, by segment id, in document order. */
    public Map<Long, List<Issue>> issues(long documentId) {
        return issues(documentId, ImportProgress.NONE);
    }

    /** Like {@link #issues(long)}, reporting progress (segments checked of all). */
    public Map<Long, List<Issue>> issues(long documentId, ImportProgress progress) {
        Checked checked = check(documentId, progress);
        Document doc = documents.document(documentId);
        CheckProfile profile = settings.profile();
        List<IssueRepository.ScopedDismissal> scoped = repository.scopedDismissals(documentId,
                CheckProfile.pair(doc.sourceLang(), doc.targetLang()));
        Map<Long, List<Issue>> bySegment = new LinkedHashMap<>();
        for (int i = 0; i < checked.segments().size(); i++) {
            Segment segment = checked.segments().get(i);
            bySegment.put(segment.id(), profile.apply(doc.sourceLang(), doc.targetLang(), checked.found().get(i)
                    .stream().filter(issue -> !checked.dismissed(segment, issue)
                            && !dismissedByScope(scoped, issue, segment.targetText())).toList()));
        }
        return bySegment;
    }

    /** The segments, every issue found in each (dismissed ones included), and the dismissals. */
    record Checked(List<Segment> segments, List<List<Issue>> found, List<IssueRepository.Dismissal> dismissals) {

        boolean dismissed(Segment segment, Issue issue) {
            return dismissal(segment, issue).isPresent();
        }

        /** The reviewer's dismissal of this issue in this text of the segment, if there is one. */
        java.util.Optional<IssueRepository.Dismissal> dismissal(Segment segment, Issue issue) {
            return dismissals.stream().filter(d -> d.segmentId() == segment.id()
                    && d.checkId().equals(issue.checkId()) && d.start() == issue.start() && d.end() == issue.end()
                    && d.targetText().equals(segment.targetText())).findFirst();
        }
    }

    /** Checks the document, reusing the stored results of segments whose texts and termbases are unchanged. */
    Checked check(long documentId, ImportProgress progress) {
        Document doc = documents.document(documentId);
        List<Segment> segments = documents.segments(documentId);
        Terminology terminology = glossaries.terminology(documentId, doc.sourceLang(), doc.targetLang());
        List<SegmentPair> pairs = segments.stream().map(s -> new SegmentPair(s.source(), s.targetText(),
                doc.sourceLang(), doc.targetLang(), terminology)).toList();
        Map<Long, IssueRepository.StoredIssues> stored = repository.storedIssues(documentId);
        Map<Integer, List<Issue>> known = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String key = QaService.textKey(pairs.get(i));
            keys.add(key);
            IssueRepository.StoredIssues row = stored.get(segments.get(i).id());
            List<Issue> reusable = row != null && row.textKey().equals(key) ? fromJson(row.json()) : null;
            if (reusable != null) {
                known.put(i, reusable);
            }
        }
        List<List<Issue>> found = qa.check(pairs, done -> progress.stored(done, segments.size()), known);
        List<IssueRepository.StoredIssues> fresh = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            IssueRepository.StoredIssues row = stored.get(segments.get(i).id());
            if (row == null || !row.textKey().equals(keys.get(i)) || !known.containsKey(i)) {
                int index = i;
                qa.cached(pairs.get(i)).ifPresent(issues -> fresh.add(new IssueRepository.StoredIssues(
                        segments.get(index).id(), keys.get(index), toJson(issues))));
            }
        }
        repository.storeIssues(fresh, QaService.RULESET_VERSION);
        return new Checked(segments, found, repository.dismissals(documentId));
    }

    /**
     * The issues the segment checks find in a text of the segment that is not saved (what is typed so far), against
     * the document's termbases, less what was dismissed when the text is the saved one; checks across segments are
     * left for the save.
     */
    public List<Issue> check(long documentId, long segmentId, String text) {
        Document doc = documents.document(documentId);
        Segment segment = documents.segment(documentId, segmentId);
        Terminology terminology = glossaries.terminology(documentId, doc.sourceLang(), doc.targetLang());
        String draft = text == null ? "" : text;
        List<Issue> found = settings.profile().apply(doc.sourceLang(), doc.targetLang(), qa.check(
                new SegmentPair(segment.source(), draft, doc.sourceLang(), doc.targetLang(), terminology)));
        List<IssueRepository.ScopedDismissal> scoped = repository.scopedDismissals(documentId,
                CheckProfile.pair(doc.sourceLang(), doc.targetLang()));
        found = found.stream().filter(issue -> !dismissedByScope(scoped, issue, draft)).toList();
        if (!draft.equals(segment.targetText())) {
            return found;
        }
        Checked dismissals = new Checked(List.of(segment), List.of(found), repository.dismissals(documentId));
        return found.stream().filter(issue -> !dismissals.dismissed(segment, issue)).toList();
    }

    /**
     * Dismisses an issue as a false positive, recorded with who and when. It stays dismissed on re-check until the
     * target text changes.
     */
    /** The longest dismissal reason the database keeps. */
    public static final int MAX_REASON = 1000;

    public void dismiss(long documentId, long segmentId, Issue issue, String reason) {
        FieldLength.require("dismissal reason", reason == null ? null : reason.strip(), MAX_REASON);
        Segment segment = documents.segment(documentId, segmentId);
        repository.insertDismissal(segment.id(), issue.checkId(), issue.start(), issue.end(), segment.targetText(),
                reason == null || reason.isBlank() ? null : reason.strip(), CurrentUser.name());
        settings.decided(documents.document(documentId), issue, false);
    }

    /** How far a dismissal reaches. */
    public enum DismissScope {
        /** This issue, until the segment's text changes. */
        ISSUE,
        /** Every finding of this check (or LanguageTool rule) in this document: "this rule in this document". */
        DOCUMENT,
        /** This check's finding on exactly this text, in every document of the language pair. */
        EVERYWHERE
    }

    /**
     * Dismisses an issue, or every finding like it in the document or in the language pair; each is counted once as
     * a reviewer's decision against the check.
     *
     * @throws IllegalArgumentException when {@code EVERYWHERE} is asked for an issue that covers no text
     */
    public void dismiss(long documentId, long segmentId, Issue issue, String reason, DismissScope scope) {
        if (scope == null || scope == DismissScope.ISSUE) {
            dismiss(documentId, segmentId, issue, reason);
            return;
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        FieldLength.require("dismissal reason", why, MAX_REASON);
        Document doc = documents.document(documentId);
        Segment segment = documents.segment(documentId, segmentId);
        if (scope == DismissScope.DOCUMENT) {
            repository.insertRuleDismissal(documentId, CheckProfile.key(issue), why, CurrentUser.name());
        } else {
            String text = segment.targetText();
            String covered = issue.end() <= text.length() ? text.substring(issue.start(), issue.end()) : "";
            if (covered.isBlank()) {
                throw new IllegalArgumentException("This issue covers no text (something is missing), so it cannot "
                        + "be dismissed by its text everywhere; dismiss it here or for the document.");
            }
            FieldLength.require("dismissed text", covered, MAX_REASON);
            repository.insertTextDismissal(CheckProfile.pair(doc.sourceLang(), doc.targetLang()),
                    CheckProfile.key(issue), covered, why, CurrentUser.name());
        }
        settings.decided(doc, issue, false);
    }

    /** A dismissal for a whole document or for one text everywhere, as the Checks page lists it. */
    public record ScopedDismissal(long id, Long documentId, String where, String checkKey, String covered,
                                  String reason, String who, java.time.Instant at) {
    }

    /** The dismissals for a document or a text everywhere that apply in a language pair, oldest first. */
    public List<ScopedDismissal> scopedDismissals(String pair) {
        return repository.allScopedDismissals().stream()
                .filter(r -> pair.equals(r.pair() != null ? r.pair() : CheckProfile.pair(r.sourceLang(),
                        r.targetLang())))
                .map(r -> new ScopedDismissal(r.id(), r.documentId(), r.documentId() == null ? "everywhere"
                        : "in " + r.documentName(), r.checkKey(), r.covered(), r.reason(), r.who(), r.at()))
                .sorted(Comparator.comparing(ScopedDismissal::at))
                .toList();
    }

    /** Lifts a scoped dismissal: its findings are reported again. */
    public boolean lift(ScopedDismissal dismissal) {
        return dismissal.documentId() != null
                ? repository.deleteRuleDismissal(dismissal.documentId(), dismissal.checkKey())
                : repository.deleteTextDismissal(dismissal.id());
    }

    static boolean dismissedByScope(List<IssueRepository.ScopedDismissal> scoped, Issue issue, String target) {
        return scopedDismissal(scoped, issue, target).isPresent();
    }

    /** The dismissal for the document or for this text everywhere that covers the issue, if one does. */
    private static java.util.Optional<IssueRepository.ScopedDismissal> scopedDismissal(
            List<IssueRepository.ScopedDismissal> scoped, Issue issue, String target) {
        String key = CheckProfile.key(issue);
        for (IssueRepository.ScopedDismissal d : scoped) {
            if (d.checkKey().equals(key) && (d.covered() == null || (issue.end() <= target.length()
                    && target.substring(issue.start(), issue.end()).equals(d.covered())))) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The document's QA report: every open issue (as the check settings of its language pair report it), and with
     * {@code withDismissed} also the issues reviewers dismissed, with who, why and when.
     */
    public QaReport report(long documentId, boolean withDismissed) {
        Checked checked = check(documentId, ImportProgress.NONE);
        Document doc = documents.document(documentId);
        CheckProfile profile = settings.profile();
        List<IssueRepository.ScopedDismissal> scoped = repository.scopedDismissals(documentId,
                CheckProfile.pair(doc.sourceLang(), doc.targetLang()));
        List<QaReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < checked.segments().size(); i++) {
            Segment segment = checked.segments().get(i);
            String target = segment.targetText();
            for (Issue issue : profile.apply(doc.sourceLang(), doc.targetLang(), checked.found().get(i))) {
                QaReport.Dismissal dismissed = checked.dismissal(segment, issue)
                        .map(d -> new QaReport.Dismissal(d.who(), d.reason(), d.at()))
                        .or(() -> scopedDismissal(scoped, issue, target).map(d -> new QaReport.Dismissal(d.who(),
                                d.reason(), d.at())))
                        .orElse(null);
                if (dismissed == null || withDismissed) {
                    entries.add(new QaReport.Entry(doc.name(), String.valueOf(segment.index()), segment.source(),
                            target, issue, profile.hint(doc.sourceLang(), doc.targetLang(), issue).orElse(null),
                            dismissed));
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        qa.checks().forEach(c -> names.put(c.id(), c.name()));
        return new QaReport(doc.name(), doc.sourceLang() + " → " + doc.targetLang(), names, entries);
    }

    /** Counts a suggestion of the issue that a reviewer applied (the check was right), for the Checks page. */
    public void applied(long documentId, Issue issue) {
        settings.decided(documents.document(documentId), issue, true);
    }

    /** The profile every report applies (editors' settings and reviewers' hints), for showing hints. */
    public CheckProfile profile() {
        return settings.profile();
    }

    /** Puts back a dismissal an imported file carried (in the importing transaction). */
    void restoreDismissal(Segment segment, String checkId, int start, int end, String reason) {
        repository.insertDismissal(segment.id(), checkId, start, end, segment.targetText(), reason,
                CurrentUser.name());
    }

    /**
     * Applies one fix to every segment that has the same issue (same check, same text, same suggestion), e.g. a
     * name spelled the other way or a lower-case proper noun. Returns how many places changed.
     */
    public int fixEverywhere(long documentId, String checkId, String covered, String replacement) {
        Map<Long, Segment> segments = new LinkedHashMap<>();
        documents.segments(documentId).forEach(s -> segments.put(s.id(), s));
        int changed = 0;
        for (Map.Entry<Long, List<Issue>> entry : issues(documentId).entrySet()) {
            Segment segment = segments.get(entry.getKey());
            String text = segment.targetText();
            List<Issue> matching = entry.getValue().stream()
                    .filter(i -> sameFix(i, text, checkId, covered, replacement))
                    .sorted(Comparator.comparingInt(Issue::start).reversed())
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
            documents.saveTarget(documentId, segment.id(), fixed, segment.version(), null);
            matching.forEach(issue -> applied(documentId, issue));
        }
        return changed;
    }

    /** Whether an issue in {@code target} is the same fix: same check, same covered text, same suggestion. */
    public static boolean sameFix(Issue issue, String target, String checkId, String covered, String replacement) {
        return issue.checkId().equals(checkId) && issue.end() <= target.length()
                && target.substring(issue.start(), issue.end()).equals(covered)
                && issue.suggestions().contains(replacement);
    }

    private String toJson(List<Issue> issues) {
        try {
            return json.writeValueAsString(issues);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Issue> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Issue>>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
