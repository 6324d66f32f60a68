package org.tandem.qa.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * Numbers must agree between source and target once read by each language's conventions and scale words:
 * {@code 17}/{@code 71} and {@code 12 de marzo}/{@code March 21} are errors; {@code 15.600 millones}/
 * {@code 15.6 billion} is not.
 */
@Component
public class NumberMismatchCheck implements Check {

    @Override
    public String id() {
        return "number-mismatch";
    }

    @Override
    public String name() {
        return "Number mismatch";
    }

    @Override
    public String description() {
        return "A number that differs from the source's once each is read by its language's conventions.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (pair.target().isBlank()) {
            return List.of();
        }
        List<Numbers.Found> source = new ArrayList<>(Numbers.in(pair.maskedSource(), pair.sourceLanguage()));
        List<Numbers.Found> target = Numbers.in(pair.maskedTarget(), pair.targetLanguage());
        List<Numbers.Found> unmatched = new ArrayList<>();
        for (Numbers.Found t : target) {
            Numbers.Found match = source.stream().filter(s -> same(s, t)).findFirst().orElse(null);
            if (match != null) {
                source.remove(match);
            } else {
                unmatched.add(t);
            }
        }
        List<Issue> issues = new ArrayList<>();
        for (Numbers.Found t : unmatched) {
            String expected = source.isEmpty() ? "" : " (the source has "
                    + String.join(", ", source.stream().map(Numbers.Found::written).toList()) + ")";
            issues.add(new Issue(id(), Categories.MISTRANSLATION, Severity.MAJOR, t.start(), t.end(),
                    "The number " + t.written() + " is not in the source" + expected + ".", List.of(),
                    "inconsistency"));
        }
        if (unmatched.isEmpty() && !source.isEmpty()) {
            int end = pair.target().length();
            issues.add(new Issue(id(), Categories.MISTRANSLATION, Severity.MAJOR, end, end, "The source's "
                    + String.join(", ", source.stream().map(Numbers.Found::written).toList())
                    + " is missing from the target.", List.of(), "omission"));
        }
        return issues;
    }

    /** Same value, either as written or with the scale words applied on both sides. */
    private static boolean same(Numbers.Found a, Numbers.Found b) {
        return equal(a.total(), b.total()) || equal(a.value(), b.value()) && equal(a.scale(), b.scale());
    }

    private static boolean equal(BigDecimal x, BigDecimal y) {
        return x.compareTo(y) == 0;
    }
}
