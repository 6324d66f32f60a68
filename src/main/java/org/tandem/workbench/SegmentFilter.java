package org.tandem.workbench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/**
 * Which segments the grid shows: every criterion set must hold (statuses: any of them). It is also the workbench
 * address's query ({@code ?status=rejected,new&issues=major&comments=open&text=Kyiv}), so that a filtered view can
 * be shared; a value the address cannot mean is left out rather than refused.
 *
 * @param statuses the statuses shown (empty: all)
 * @param issues   {@code null} (any), {@code any} (with issues), {@code major} (major or critical), or a check id
 * @param comments what the segment's comments must be
 * @param notes    only segments whose unit has notes
 * @param changed  only segments whose target differs from the imported one
 * @param text     a text the source or the target has, in any case ({@code null}: none)
 */
record SegmentFilter(Set<SegmentStatus> statuses, String issues, Comments comments, boolean notes, boolean changed,
                     String text) {

    /** Segments by their comment threads. */
    enum Comments { ANY, WITH_COMMENTS, OPEN_THREADS }

    static final String WITH_ISSUES = "any";
    static final String MAJOR = "major";
    static final SegmentFilter NONE = new SegmentFilter(Set.of(), null, Comments.ANY, false, false, null);

    SegmentFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        issues = issues == null || issues.isBlank() ? null : issues;
        comments = comments == null ? Comments.ANY : comments;
        text = text == null || text.isBlank() ? null : text;
    }

    boolean showsAll() {
        return equals(NONE);
    }

    /**
     * Whether a segment passes.
     *
     * @param found       its issues now
     * @param threads     its comment threads, open or resolved
     * @param openThreads its open threads
     */
    boolean lets(Segment segment, List<Issue> found, int threads, int openThreads) {
        if (!statuses.isEmpty() && !statuses.contains(segment.status())) {
            return false;
        }
        if (issues != null && !switch (issues) {
            case WITH_ISSUES -> !found.isEmpty();
            case MAJOR -> found.stream().anyMatch(i -> i.severity().compareTo(Severity.MAJOR) >= 0);
            default -> found.stream().anyMatch(i -> i.checkId().equals(issues));
        }) {
            return false;
        }
        if (comments == Comments.WITH_COMMENTS && threads == 0 || comments == Comments.OPEN_THREADS && openThreads == 0) {
            return false;
        }
        if (notes && segment.context().notes().isEmpty()) {
            return false;
        }
        if (changed && !segment.changed()) {
            return false;
        }
        if (text != null) {
            String needle = text.toLowerCase(Locale.ROOT);
            return segment.source().toLowerCase(Locale.ROOT).contains(needle)
                    || segment.targetText().toLowerCase(Locale.ROOT).contains(needle);
        }
        return true;
    }

    /** The filter as the address's query parameters (none for what is not set). */
    Map<String, List<String>> query() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            query.put("status", List.of(String.join(",", EnumSet.copyOf(statuses).stream()
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).toList())));
        }
        if (issues != null) {
            query.put("issues", List.of(issues));
        }
        if (comments != Comments.ANY) {
            query.put("comments", List.of(comments == Comments.OPEN_THREADS ? "open" : "any"));
        }
        if (notes) {
            query.put("notes", List.of("yes"));
        }
        if (changed) {
            query.put("changed", List.of("yes"));
        }
        if (text != null) {
            query.put("text", List.of(text));
        }
        return query;
    }

    /** The filter an address's query stands for; what it cannot mean is left out. */
    static SegmentFilter of(Map<String, List<String>> query) {
        Set<SegmentStatus> statuses = EnumSet.noneOf(SegmentStatus.class);
        for (String value : values(query, "status")) {
            for (String part : value.split(",")) {
                try {
                    statuses.add(SegmentStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    // not a status: left out
                }
            }
        }
        String issues = first(query, "issues");
        String comments = first(query, "comments");
        return new SegmentFilter(statuses, issues,
                "open".equals(comments) ? Comments.OPEN_THREADS : "any".equals(comments) ? Comments.WITH_COMMENTS
                        : Comments.ANY, "yes".equals(first(query, "notes")), "yes".equals(first(query, "changed")),
                first(query, "text"));
    }

    SegmentFilter withStatuses(Set<SegmentStatus> chosen) {
        return new SegmentFilter(chosen, issues, comments, notes, changed, text);
    }

    SegmentFilter withIssues(String chosen) {
        return new SegmentFilter(statuses, chosen, comments, notes, changed, text);
    }

    SegmentFilter withComments(Comments chosen) {
        return new SegmentFilter(statuses, issues, chosen, notes, changed, text);
    }

    SegmentFilter withNotes(boolean chosen) {
        return new SegmentFilter(statuses, issues, comments, chosen, changed, text);
    }

    SegmentFilter withChanged(boolean chosen) {
        return new SegmentFilter(statuses, issues, comments, notes, chosen, text);
    }

    SegmentFilter withText(String chosen) {
        return new SegmentFilter(statuses, issues, comments, notes, changed, chosen);
    }

    private static List<String> values(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of());
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> found = new ArrayList<>(values(query, name));
        return found.isEmpty() ? null : found.get(0);
    }
}
