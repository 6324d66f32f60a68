package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/** A word written twice in a row ({@code the the}), unless the source repeats it too or the language allows it. */
@Component
public class DoubledWordCheck implements Check {

    /** Repetitions that are grammatical. */
    private static final Set<String> ALLOWED = Set.of("that", "had", "is", "nous", "vous", "die", "der", "das",
            "sie", "que");

    @Override
    public String id() {
        return "doubled-word";
    }

    @Override
    public String name() {
        return "Doubled word";
    }

    @Override
    public String description() {
        return "A word written twice in a row (the the) where the source does not repeat it.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String text = pair.maskedTarget();
        List<Words.Word> words = Words.of(text);
        String source = Words.fold(pair.maskedSource());
        List<Issue> issues = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            Words.Word a = words.get(i - 1);
            Words.Word b = words.get(i);
            String between = text.substring(a.end(), b.start());
            if (!a.text().equalsIgnoreCase(b.text()) || !between.isBlank() || between.contains("\n")
                    || ALLOWED.contains(Words.fold(b.text()))) {
                continue;
            }
            String twice = Words.fold(a.text()) + " " + Words.fold(b.text());
            if (source.contains(twice)) {
                continue;
            }
            issues.add(new Issue(id(), Categories.TEXTUAL_CONVENTIONS, Severity.MINOR, a.end(), b.end(),
                    "“" + b.text() + "” is written twice.", List.of(""), "duplication"));
        }
        return issues;
    }
}
