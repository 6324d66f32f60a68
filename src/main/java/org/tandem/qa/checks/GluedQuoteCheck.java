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
 * A word glued to a quotation mark: {@code "…new era"declared} or {@code said"Hello}. Where the quotation ends a
 * quoted statement without punctuation and the source has a comma there, English puts the comma inside the
 * quotes ({@code "…new era," declared}); other languages after them.
 */
@Component
public class GluedQuoteCheck implements Check {

    @Override
    public String id() {
        return "quote-glued";
    }

    @Override
    public String name() {
        return "Glued quote";
    }

    @Override
    public String description() {
        return "A word glued to a quotation mark (\"…new era\"declared).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String text = pair.maskedTarget();
        String language = pair.targetLanguage();
        List<Issue> issues = new ArrayList<>();
        boolean sourceHasCommaAfterQuote = pair.maskedSource().matches("(?s).*[\"”»“]\\s*,.*");
        for (int i = 0; i < text.length(); i++) {
            char q = text.charAt(i);
            if (!Quotes.isQuote(q)) {
                continue;
            }
            boolean glued = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean closes = glued ? Quotes.closesGlued(text, i, language, pair.maskedSource())
                    : Quotes.closes(text, i, language);
            if (closes && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                boolean punctuated = ".,!?;:…".indexOf(before) >= 0;
                List<String> fixes = new ArrayList<>();
                if (!punctuated && (sourceHasCommaAfterQuote || Character.isLowerCase(text.charAt(i + 1)))) {
                    fixes.add("en".equals(language) ? "," + q + " " : q + ", ");
                }
                fixes.add(q + " ");
                issues.add(new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, i, i + 1,
                        "The closing quotation mark is glued to the next word.", fixes, "typographical"));
            } else if (!closes && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                issues.add(new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, i, i + 1,
                        "The opening quotation mark is glued to the word before it.", List.of(" " + q),
                        "typographical"));
            }
        }
        return issues;
    }
}
