package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * Spaces: two or more inside the text where the source has single ones, and leading or trailing white space that
 * differs from the source's (which the surrounding document relies on).
 */
@Component
public class WhitespaceCheck implements Check {

    private static final Pattern DOUBLE = Pattern.compile("(?<=\\S)[ \\u00A0]{2,}(?=\\S)");
    private static final Pattern LEADING = Pattern.compile("^\\s*");
    private static final Pattern TRAILING = Pattern.compile("\\s*$");

    @Override
    public String id() {
        return "whitespace";
    }

    @Override
    public String name() {
        return "Whitespace";
    }

    @Override
    public String description() {
        return "Double spaces, or leading and trailing white space that differs from the source's.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String target = pair.maskedTarget();
        String source = pair.maskedSource();
        List<Issue> issues = new ArrayList<>();
        if (target.isBlank()) {
            return issues;
        }
        if (!DOUBLE.matcher(source).find()) {
            Matcher m = DOUBLE.matcher(target);
            while (m.find()) {
                issues.add(new Issue(id(), Categories.TEXTUAL_CONVENTIONS, Severity.MINOR, m.start(), m.end(),
                        "Several spaces in a row.", List.of(" "), "whitespace"));
            }
        }
        edge(LEADING, source, target, true, issues);
        edge(TRAILING, source, target, false, issues);
        return issues;
    }

    private void edge(Pattern pattern, String source, String target, boolean leading, List<Issue> issues) {
        Matcher s = pattern.matcher(source);
        Matcher t = pattern.matcher(target);
        if (!s.find() || !t.find() || s.group().equals(t.group())) {
            return;
        }
        issues.add(new Issue(id(), Categories.TEXTUAL_CONVENTIONS, Severity.MINOR, t.start(), t.end(),
                (leading ? "Leading" : "Trailing") + " white space differs from the source's.", List.of(s.group()),
                "whitespace"));
    }
}
