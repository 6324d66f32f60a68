package org.tandem.qa.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Google's WMT MQM annotations of real machine translation ({@code ../shared/corpus/mqm/}, format in its README):
 * one row per error a rater marked, the error's span between {@code <v>} and {@code </v>} in the target, a clean
 * segment one {@code No-error} row. Read back into rated segments, and those into documents (one per talk and
 * system, in segment order).
 */
final class MqmCorpus {

    private MqmCorpus() {
    }

    /** An error span of a rater, [start, end) in the target without markers. */
    record Span(String rater, int start, int end) {
    }

    /**
     * One MT output of one source segment as the raters saw it: every rater said "No-error" ({@code errorFree}), or
     * the target spans they marked (errors marked in the source have no target span but make it not error-free).
     */
    record Rated(String system, String talk, int index, String source, String target, boolean errorFree,
                 List<Span> spans) {
    }

    /** The rated segments of a file, in file order of their first row. */
    static List<Rated> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, List<String[]>> bySegment = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            if (row.length < 9) {
                throw new IOException(file + ": a row with " + row.length + " columns: " + line);
            }
            bySegment.computeIfAbsent(row[0] + "\t" + row[1] + "\t" + row[3], k -> new ArrayList<>()).add(row);
        }
        List<Rated> segments = new ArrayList<>();
        for (List<String[]> rows : bySegment.values()) {
            String[] first = rows.get(0);
            String target = first[6].replace("<v>", "").replace("</v>", "");
            boolean errorFree = true;
            List<Span> spans = new ArrayList<>();
            for (String[] row : rows) {
                if (!"No-error".equals(row[7])) {
                    errorFree = false;
                }
                span(row[4], row[6]).ifPresent(spans::add);
            }
            segments.add(new Rated(first[0], first[1], Integer.parseInt(first[3]), first[5], target, errorFree,
                    List.copyOf(spans)));
        }
        return segments;
    }

    /** The span a row marks in its target, if it marks one there. */
    static java.util.Optional<Span> span(String rater, String marked) {
        int open = marked.indexOf("<v>");
        int close = marked.indexOf("</v>");
        if (open < 0 || close < open) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Span(rater, open, close - "<v>".length()));
    }

    /** One document per talk and system, its segments in order, as a translator would review it. */
    static Map<String, List<Rated>> documents(List<Rated> segments) {
        Map<String, List<Rated>> documents = new LinkedHashMap<>();
        for (Rated segment : segments) {
            documents.computeIfAbsent(segment.talk() + " · " + segment.system(), k -> new ArrayList<>()).add(segment);
        }
        documents.values().forEach(d -> d.sort(java.util.Comparator.comparingInt(Rated::index)));
        return documents;
    }
}
