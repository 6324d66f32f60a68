package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/** Straight ({@code "}) and typographic double quotes both used in one document: the minority style is flagged. */
@Component
public class MixedQuotesCheck implements DocumentCheck {

    private static final String TYPOGRAPHIC = "“”„«»";

    @Override
    public String id() {
        return "quote-mixed";
    }

    @Override
    public String name() {
        return "Mixed quotes";
    }

    @Override
    public String description() {
        return "Straight and typographic double quotes both used in one document.";
    }

    @Override
    public List<Found> check(List<SegmentPair> segments) {
        List<Found> straight = new ArrayList<>();
        List<Found> typographic = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).maskedTarget();
            for (int c = 0; c < text.length(); c++) {
                char q = text.charAt(c);
                if (q == '"') {
                    straight.add(found(i, c, "Straight quotes here; the rest of the document uses typographic ones."));
                } else if (TYPOGRAPHIC.indexOf(q) >= 0) {
                    typographic.add(found(i, c, "Typographic quotes here; the rest of the document uses straight ones."));
                }
            }
        }
        if (straight.isEmpty() || typographic.isEmpty()) {
            return List.of();
        }
        return straight.size() < typographic.size() ? straight : typographic;
    }

    private Found found(int index, int at, String message) {
        return new Found(index, new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, at, at + 1, message, List.of(),
                "typographical"));
    }
}
