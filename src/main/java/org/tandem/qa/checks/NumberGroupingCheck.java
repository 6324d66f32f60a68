package org.tandem.qa.checks;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigInteger;
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
 * A large number written without the target locale's digit grouping: {@code 250000} where English writes
 * {@code 250,000} and German {@code 250.000}. Five digits or more (four are often years); not inside codes, URLs or
 * identifiers ({@code ISO 27001}, {@code A-12345}, {@code v10000}), which are written as they are.
 */
@Component
public class NumberGroupingCheck implements Check {

    /** A run of five or more digits standing alone: no letter, digit, separator or code mark next to it. */
    private static final Pattern UNGROUPED = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,'’/:#_@\\-\\u00A0\\u202F])\\d{5,}(?![\\p{L}\\p{N}/_@\\-]|[.,]\\d)");
    /** A word of capitals (or a number sign) just before the number names a standard, a model or an article. */
    private static final Pattern CODE_BEFORE =
            Pattern.compile("(?:\\b\\p{Lu}[\\p{Lu}\\d]*\\.?|№|#|§|No\\.|Nr\\.)\\s?$");

    @Override
    public String id() {
        return "number-grouping";
    }

    @Override
    public String name() {
        return "Digit grouping";
    }

    @Override
    public String description() {
        return "A large number without the target locale's digit grouping (250000 for 250,000 in English).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String text = pair.maskedTarget();
        Matcher m = UNGROUPED.matcher(text);
        List<Issue> issues = new ArrayList<>();
        while (m.find()) {
            if (CODE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            NumberFormat format = NumberFormat.getIntegerInstance(ULocale.forLocale(pair.targetLocale()));
            String grouped = format.format(new BigInteger(m.group()));
            if (grouped.equals(m.group())) {
                continue; // the locale does not group numbers of this size
            }
            issues.add(new Issue(id(), Categories.NUMBER_FORMAT, Severity.MINOR, m.start(), m.end(),
                    m.group() + " is not grouped as " + pair.targetLang() + " writes large numbers: " + grouped + ".",
                    List.of(grouped), "locale-violation"));
        }
        return issues;
    }
}
