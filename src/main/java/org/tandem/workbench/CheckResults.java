package org.tandem.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;
import org.tandem.review.IssueService;

/**
 * The open document's issues as last checked, the targets they were found in, and its open comment threads: what
 * the grid underlines and counts, without asking the database for each row.
 */
final class CheckResults {

    private final WorkbenchServices services;
    private final long documentId;
    private Map<Long, List<Issue>> issues = Map.of();
    private Map<Long, String> targets = Map.of();
    private Map<Long, Integer> threads = Map.of();
    private Map<Long, Integer> allThreads = Map.of();

    CheckResults(WorkbenchServices services, long documentId) {
        this.services = services;
        this.documentId = documentId;
    }

    /** Takes a check's results, with the targets now stored and the open threads. */
    void set(Map<Long, List<Issue>> found) {
        Map<Long, String> texts = new HashMap<>();
        services.documents().segments(documentId).forEach(s -> texts.put(s.id(), s.targetText()));
        issues = found;
        targets = texts;
        reloadThreads();
    }

    void reloadThreads() {
        threads = services.comments().openThreads(documentId);
        allThreads = services.comments().threads(documentId);
    }

    /**
     * Whether the issues of this row were found in the text it shows: not when someone else saved the segment
     * since it was opened (its issues are then those of their text, which this reviewer does not see yet).
     */
    boolean fitsText(SegmentRow row) {
        return row.segment().targetText().equals(targets.getOrDefault(row.id(), row.segment().targetText()));
    }

    Map<Long, List<Issue>> all() {
        return issues;
    }

    List<Issue> of(long segmentId) {
        return issues.getOrDefault(segmentId, List.of());
    }

    /** The segment's comment threads, open or resolved. */
    int threads(long segmentId) {
        return allThreads.getOrDefault(segmentId, 0);
    }

    int openThreads(long segmentId) {
        return threads.getOrDefault(segmentId, 0);
    }

    /** The segment ids in document order. */
    List<Long> segmentIds() {
        return new ArrayList<>(issues.keySet());
    }

    /** How many places in the document the same fix would change (targets as last checked, no queries). */
    int occurrences(Issue issue, String covered, String suggestion) {
        int n = 0;
        for (Map.Entry<Long, List<Issue>> entry : issues.entrySet()) {
            String target = targets.getOrDefault(entry.getKey(), "");
            for (Issue other : entry.getValue()) {
                if (IssueService.sameFix(other, target, issue.checkId(), covered, suggestion)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** "⚠ 1 critical · 3 major · 12 minor", or "no issues". */
    String totals() {
        Map<Severity, Long> counts = issues.values().stream().flatMap(List::stream).filter(issue -> !issue.pending())
                .collect(Collectors.groupingBy(Issue::severity, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)) {
            if (counts.containsKey(severity)) {
                parts.add(counts.get(severity) + " " + severity.label());
            }
        }
        long pending = issues.values().stream().filter(found -> found.stream().anyMatch(Issue::pending)).count();
        String checked = parts.isEmpty() ? "no issues" : "⚠ " + String.join(" · ", parts);
        // never a silent "no issues" while a check has not run
        return pending == 0 ? checked : checked + " · LanguageTool pending in " + pending
                + (pending == 1 ? " segment" : " segments");
    }
}
