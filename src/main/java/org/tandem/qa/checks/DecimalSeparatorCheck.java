package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * Decimal and grouping separators of another locale: {@code 3,5 %} in English, {@code 15.6} in Spanish. Only what is
 * one number: not a vector or coordinate in brackets ({@code [1,1]}), a list ({@code 1,2,3}), a version or a date
 * ({@code 2.4.1}, {@code 30.11.2026}).
 */
@Component
public class DecimalSeparatorCheck implements Check {

    @Override
    public String id() {
        return "number-separator";
    }

    @Override
    public String name() {
        return "Decimal separator";
    }

    @Override
    public String description() {
        return "Decimal and grouping marks of another locale (3,5 % in English, 15.6 in Spanish).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        char decimal = Numbers.decimalSeparator(pair.targetLang());
        char other = decimal == ',' ? '.' : ',';
        List<Issue> issues = new ArrayList<>();
        String text = pair.maskedTarget();
        for (Numbers.Found n : Numbers.in(text, pair.targetLanguage())) {
            if (n.conventional() || notOneNumber(text, n)) {
                continue;
            }
            String fixed = n.written().replace(other, '\u0000').replace(decimal, other).replace('\u0000', decimal);
            issues.add(new Issue(id(), Categories.NUMBER_FORMAT, Severity.MINOR, n.start(), n.end(),
                    n.written() + " uses another locale's separators; " + pair.targetLang() + " writes " + fixed + ".",
                    List.of(fixed), "locale-violation"));
        }
        return issues;
    }

    /**
     * Whether the digits and marks are something else than one number: in brackets with a comma (a vector, a
     * coordinate), or one link of a chain of digits and marks (a list, a version, a date).
     */
    static boolean notOneNumber(String text, Numbers.Found n) {
        String written = n.written().strip();
        char before = previous(text, n.start());
        char after = n.end() < text.length() ? text.charAt(n.end()) : ' ';
        boolean bracketed = "[({".indexOf(before) >= 0 && "])}".indexOf(after) >= 0 && written.contains(",");
        boolean list = ".,;".indexOf(after) >= 0 && n.end() + 1 < text.length()
                && Character.isDigit(text.charAt(n.end() + 1)) || ".,;".indexOf(before) >= 0
                && n.start() > 1 && Character.isDigit(text.charAt(n.start() - 2));
        return bracketed || list;
    }

    private static char previous(String text, int at) {
        return at > 0 ? text.charAt(at - 1) : ' ';
    }
}
