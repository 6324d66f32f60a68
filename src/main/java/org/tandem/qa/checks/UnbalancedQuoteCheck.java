package org.tandem.qa.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A quotation the target opens and never closes (or closes and never opens) while the source's quotes pair up.
 * Segments may split a quotation, so an odd count alone is no error: only one the source does not share.
 */
@Component
public class UnbalancedQuoteCheck implements Check {

    @Override
    public String id() {
        return "quote-unbalanced";
    }

    @Override
    public String name() {
        return "Unbalanced quote";
    }

    @Override
    public String description() {
        return "A quotation the target opens and never closes (or the reverse) while the source's pair up.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String target = pair.maskedTarget();
        int targetQuotes = Quotes.count(target);
        if (targetQuotes % 2 == 0 || Quotes.count(pair.maskedSource()) % 2 == 1) {
            return List.of();
        }
        int last = -1;
        for (int i = target.length() - 1; i >= 0 && last < 0; i--) {
            if (Quotes.isQuote(target.charAt(i))) {
                last = i;
            }
        }
        return List.of(new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, last, last + 1,
                "This quotation mark has no partner, but the source's quotes pair up.", List.of(), "typographical"));
    }
}
