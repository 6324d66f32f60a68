package org.tandem.qa.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * One text translated two ways in a document, or two texts given one translation: segments whose sources are the
 * same (after Unicode and whitespace folding) but whose targets differ, and the reverse. The segments that differ
 * from the most frequent rendering are flagged on the words that differ, with the other segment's text quoted; on a
 * tie the later ones.
 * Segments without letters (numbers, codes) and empty targets are left out.
 */
@Component
public class SegmentConsistencyCheck implements DocumentCheck {

    @Override
    public String id() {
        return "segment-consistency";
    }

    @Override
    public String name() {
        return "Inconsistent translation";
    }

    @Override
    public String description() {
        return "The same source translated differently in one document, or one translation for different sources.";
    }

    @Override
    public List<Found> check(List<SegmentPair> segments) {
        List<Found> found = new ArrayList<>();
        found.addAll(differing(segments, SegmentPair::source, SegmentPair::target, true,
                (other, index) -> "The same source is translated “" + other + "” in segment " + (index + 1) + "."));
        found.addAll(differing(segments, SegmentPair::target, SegmentPair::source, false,
                (other, index) -> "This translation also renders another source in segment " + (index + 1) + ": “"
                        + other + "”."));
        return found;
    }

    private interface Message {
        String of(String other, int index);
    }

    /** Segments grouped by one side; in a group, those whose other side differs from the most frequent one. */
    private List<Found> differing(List<SegmentPair> segments, Function<SegmentPair, String> key,
                                  Function<SegmentPair, String> value, boolean targetsDiffer, Message message) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentPair pair = segments.get(i);
            String k = fold(key.apply(pair));
            if (!pair.target().isBlank() && k.codePoints().anyMatch(Character::isLetter)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        List<Found> found = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Map<String, List<Integer>> renderings = new LinkedHashMap<>();
            group.forEach(i -> renderings.computeIfAbsent(fold(value.apply(segments.get(i))), x -> new ArrayList<>())
                    .add(i));
            if (renderings.size() < 2) {
                continue;
            }
            List<Integer> usual = renderings.values().stream()
                    .max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
            int example = usual.get(0);
            for (List<Integer> rendering : renderings.values()) {
                if (rendering == usual) {
                    continue;
                }
                for (int i : rendering) {
                    String target = segments.get(i).target();
                    int[] span = targetsDiffer ? difference(target, segments.get(example).target())
                            : new int[] {0, target.length()};
                    found.add(new Found(i, new Issue(id(), Categories.ofIts("inconsistency"), Severity.MINOR, span[0],
                            span[1], message.of(value.apply(segments.get(example)), example), List.of(),
                            "inconsistency")));
                }
            }
        }
        return found;
    }

    /** The part of the target that differs from the other: what is left after their common start and end. */
    static int[] difference(String target, String other) {
        int start = 0;
        while (start < target.length() && start < other.length() && target.charAt(start) == other.charAt(start)) {
            start++;
        }
        int end = target.length();
        int otherEnd = other.length();
        while (end > start && otherEnd > start && target.charAt(end - 1) == other.charAt(otherEnd - 1)) {
            end--;
            otherEnd--;
        }
        while (start > 0 && Character.isLetterOrDigit(target.charAt(start - 1))) {
            start--; // whole words
        }
        while (end < target.length() && Character.isLetterOrDigit(target.charAt(end))) {
            end++;
        }
        return end > start ? new int[] {start, end} : new int[] {0, target.length()};
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }
}
