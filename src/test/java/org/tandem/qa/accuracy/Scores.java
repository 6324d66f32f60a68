package org.tandem.qa.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The accuracy of one finder (Tandem, or raw LanguageTool) on distinct rated segments: false alarms per 100
 * error-free segments, precision (share of issues overlapping a rater's span), recall of each rater's spans and
 * the recall expected by chance, overall and per check or rule.
 */
final class Scores {

    /** An issue as scored: what found it (a check id, or a LanguageTool rule) and its span in the target. */
    record Found(String by, int start, int end) {

        /** [start, end), a zero-width issue widened to one character. */
        int to() {
            return Math.max(end, start + 1);
        }

        boolean overlaps(MqmCorpus.Span span) {
            return start < span.end() && span.start() < to();
        }
    }

    /** Counts of one check or rule (or of all). */
    static final class Tally {
        int issues;
        int onErrorFree;
        int hits;

        double falseAlarmsPer100(int errorFreeSegments) {
            return errorFreeSegments == 0 ? 0 : 100.0 * onErrorFree / errorFreeSegments;
        }

        double precision() {
            return issues == 0 ? Double.NaN : (double) hits / issues;
        }
    }

    /** One rater's spans: how many, how many an issue overlaps, and how many chance would. */
    static final class Recall {
        int spans;
        int hit;
        double byChance;

        double recall() {
            return spans == 0 ? Double.NaN : (double) hit / spans;
        }

        double chance() {
            return spans == 0 ? Double.NaN : byChance / spans;
        }
    }

    final Tally all = new Tally();
    final Map<String, Tally> by = new TreeMap<>();
    final Map<String, Recall> raters = new TreeMap<>();
    int segments;
    int errorFree;

    /** Adds one distinct segment and what the finder found in it. */
    void add(MqmCorpus.Rated segment, List<Found> found) {
        segments++;
        if (segment.errorFree()) {
            errorFree++;
        }
        for (Found issue : found) {
            boolean hit = segment.spans().stream().anyMatch(issue::overlaps);
            for (Tally tally : List.of(all, by.computeIfAbsent(issue.by(), k -> new Tally()))) {
                tally.issues++;
                if (segment.errorFree()) {
                    tally.onErrorFree++;
                }
                if (hit) {
                    tally.hits++;
                }
            }
        }
        int length = segment.target().length();
        for (MqmCorpus.Span span : segment.spans()) {
            Recall recall = raters.computeIfAbsent(span.rater(), k -> new Recall());
            recall.spans++;
            if (found.stream().anyMatch(f -> f.overlaps(span))) {
                recall.hit++;
            }
            recall.byChance += chanceOfHit(span, found, length);
        }
    }

    /**
     * The probability that at least one of the issues, each placed uniformly at random in the text with its own
     * length, overlaps the span.
     */
    static double chanceOfHit(MqmCorpus.Span span, List<Found> found, int length) {
        double missAll = 1;
        for (Found issue : found) {
            int width = Math.min(Math.max(1, issue.to() - issue.start()), Math.max(1, length));
            int positions = Math.max(1, length - width + 1);
            int from = Math.max(0, span.start() - width + 1);
            int to = Math.min(span.end() - 1, length - width);
            int overlapping = Math.max(0, to - from + 1);
            missAll *= 1 - Math.min(1, (double) overlapping / positions);
        }
        return 1 - missAll;
    }

    /** The mean recall over raters (each rater's recall counts once, whatever their number of spans). */
    double meanRecall() {
        return raters.values().stream().mapToDouble(Recall::recall).filter(r -> !Double.isNaN(r)).average()
                .orElse(Double.NaN);
    }

    double meanChance() {
        return raters.values().stream().mapToDouble(Recall::chance).filter(r -> !Double.isNaN(r)).average()
                .orElse(Double.NaN);
    }

    /** The checks or rules, noisiest first (most issues on error-free segments). */
    List<Map.Entry<String, Tally>> noisiest() {
        List<Map.Entry<String, Tally>> entries = new ArrayList<>(new LinkedHashMap<>(by).entrySet());
        entries.sort((a, b) -> a.getValue().onErrorFree != b.getValue().onErrorFree
                ? Integer.compare(b.getValue().onErrorFree, a.getValue().onErrorFree)
                : Integer.compare(b.getValue().issues, a.getValue().issues));
        return entries;
    }
}
