package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/** Decimal and grouping separators of another locale: {@code 3,5 %} in English, {@code 15.6} in Spanish. */
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
        for (Numbers.Found n : Numbers.in(pair.maskedTarget(), pair.targetLanguage())) {
            if (n.conventional()) {
                continue;
            }
            String fixed = n.written().replace(other, '\u0000').replace(decimal, other).replace('\u0000', decimal);
            issues.add(new Issue(id(), Categories.NUMBER_FORMAT, Severity.MINOR, n.start(), n.end(),
                    n.written() + " uses another locale's separators; " + pair.targetLang() + " writes " + fixed + ".",
                    List.of(fixed), "locale-violation"));
        }
        return issues;
    }
}
