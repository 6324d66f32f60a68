package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/** Inline codes of the source missing from the target, or codes the target has that the source lacks. */
@Component
public class InlineCodeCheck implements Check {

    @Override
    public String id() {
        return "inline-codes";
    }

    @Override
    public String name() {
        return "Inline codes";
    }

    @Override
    public String description() {
        return "Inline codes of the source missing from the target, or codes the source lacks.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (pair.target().isBlank()) {
            return List.of();
        }
        Set<String> source = Placeholders.tokenSet(pair.source());
        List<Issue> issues = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Placeholders.Token token : Placeholders.tokens(pair.target())) {
            seen.add(token.text());
            if (!source.contains(token.text())) {
                issues.add(new Issue(id(), Categories.MARKUP_TAG, Severity.MAJOR, token.start(), token.end(),
                        "Code " + token.text() + " is not in the source.", List.of(""), "markup"));
            }
        }
        List<String> missing = source.stream().filter(t -> !seen.contains(t)).toList();
        if (!missing.isEmpty()) {
            int end = pair.target().length();
            issues.add(new Issue(id(), Categories.MARKUP_TAG, Severity.MAJOR, end, end,
                    "The target lacks the source's code" + (missing.size() > 1 ? "s " : " ") + String.join(" ", missing)
                            + ".", List.of(), "markup"));
        }
        return issues;
    }
}
