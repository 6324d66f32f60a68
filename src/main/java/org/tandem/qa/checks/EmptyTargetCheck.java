package org.tandem.qa.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/** No translation for a source that has text. */
@Component
public class EmptyTargetCheck implements Check {

    @Override
    public String id() {
        return "empty-target";
    }

    @Override
    public String name() {
        return "Empty target";
    }

    @Override
    public String description() {
        return "No translation for a source that has text.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        boolean sourceHasText = pair.maskedSource().codePoints().anyMatch(Character::isLetterOrDigit);
        if (!sourceHasText || !pair.maskedTarget().replace(String.valueOf(SegmentPair.MASK), "").isBlank()) {
            return List.of();
        }
        return List.of(new Issue(id(), Categories.OMISSION, Severity.MAJOR, 0, pair.target().length(),
                "The segment has no translation.", List.of(), "omission"));
    }
}
