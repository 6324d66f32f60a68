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

/** English only: the pronoun {@code i} (and {@code i'm}, {@code i've}…) written in lower case. */
@Component
public class EnglishPronounICheck implements Check {

    private static final Pattern LOWER_I = Pattern.compile("(?<![\\p{L}\\p{N}./@'’-])i(?=(['’](m|ve|ll|d))?(?![\\p{L}\\p{N}@/.-]))");

    @Override
    public String id() {
        return "english-pronoun-i";
    }

    @Override
    public String name() {
        return "Lower-case pronoun I";
    }

    @Override
    public String description() {
        return "The English pronoun i (i'm, i've) written in lower case.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (!"en".equals(pair.targetLanguage())) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        Matcher m = LOWER_I.matcher(pair.maskedTarget());
        while (m.find()) {
            issues.add(new Issue(id(), Categories.SPELLING, Severity.MINOR, m.start(), m.end(),
                    "The pronoun “I” is always written in upper case.", List.of("I"), "misspelling"));
        }
        return issues;
    }
}
