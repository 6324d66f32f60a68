package org.tandem.qa.checks;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
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
 * English scale words carried over from languages that count in thousands of millions: {@code 50,000 million}
 * is written {@code 50 billion}; {@code 3,000 billion} is {@code 3 trillion}.
 */
@Component
public class NumberScaleCheck implements Check {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public String id() {
        return "number-scale";
    }

    @Override
    public String name() {
        return "Number scale";
    }

    @Override
    public String description() {
        return "Scale words carried over from another language (50,000 million for 50 billion).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (!"en".equals(pair.targetLanguage())) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (Numbers.Found n : Numbers.in(pair.maskedTarget(), "en")) {
            int exponent = n.scale().precision() - 1;
            if ((exponent == 6 || exponent == 9) && n.value().compareTo(THOUSAND) >= 0) {
                BigDecimal shorter = n.value().divide(THOUSAND);
                String word = exponent == 6 ? "billion" : "trillion";
                String number = NumberFormat.getNumberInstance(ULocale.forLanguageTag(pair.targetLang()))
                        .format(shorter);
                issues.add(new Issue(id(), Categories.NUMBER_FORMAT, Severity.MINOR, n.start(), n.scaleEnd(),
                        "English writes " + n.written() + (exponent == 6 ? " million" : " billion") + " as " + number
                                + " " + word + ".", List.of(number + " " + word), "locale-violation"));
            }
        }
        return issues;
    }
}
