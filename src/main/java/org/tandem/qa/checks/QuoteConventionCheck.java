package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * Quotation marks from another language's convention: {@code «…»} or {@code „…“} in English, {@code „} in Spanish
 * or French, English {@code ”} in German. Straight quotes are neutral here (see the mixed-quotes document check).
 */
@Component
public class QuoteConventionCheck implements Check {

    /** For each language: the marks that belong to other conventions, and what to write instead. */
    private static final Map<String, Map<Character, String>> FOREIGN = Map.of(
            "en", Map.of('«', "“", '»', "”", '„', "“"),
            "es", Map.of('„', "«"),
            "fr", Map.of('„', "«"),
            "pt", Map.of('„', "«"),
            "it", Map.of('„', "«"),
            "de", Map.of('”', "“"));

    @Override
    public String id() {
        return "quote-convention";
    }

    @Override
    public String name() {
        return "Quote convention";
    }

    @Override
    public String description() {
        return "Quotation marks of another language's convention («…» or „…“ in English).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        Map<Character, String> foreign = FOREIGN.get(pair.targetLanguage());
        if (foreign == null) {
            return List.of();
        }
        String text = pair.maskedTarget();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String replacement = foreign.get(text.charAt(i));
            if (replacement != null) {
                issues.add(new Issue(id(), Categories.LOCALE_OTHER, Severity.MINOR, i, i + 1,
                        "“" + text.charAt(i) + "” is not a quotation mark of " + pair.targetLocale().getDisplayLanguage(
                                java.util.Locale.ENGLISH) + " typography.", List.of(replacement), "typographical"));
            }
        }
        return issues;
    }
}
