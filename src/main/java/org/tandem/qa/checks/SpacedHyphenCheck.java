package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tandem.language.WordTags;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A hyphenated word split by spaces ({@code self - assembly}, {@code peut - être}): a hyphen with a space on each
 * side between two words that the target language's dictionary knows joined ({@code self-assembly}). A spaced
 * hyphen between other words is a dash, which this check leaves alone. Only for languages whose dictionary lists
 * hyphenated words as written; German's tagger joins any two nouns ({@code Armut-Gewalt}), so German has no row.
 */
@Component
public class SpacedHyphenCheck implements Check {

    /** Languages whose LanguageTool tagger knows hyphenated words as written (tested). */
    static final Set<String> LANGUAGES = Set.of("en", "es", "fr");
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}-])(\\p{L}+) [-‐] (\\p{L}+)(?![\\p{L}-])");

    private final WordTags tags;

    public SpacedHyphenCheck(WordTags tags) {
        this.tags = tags;
    }

    @Override
    public String id() {
        return "hyphen-spaced";
    }

    @Override
    public String name() {
        return "Spaced hyphen";
    }

    @Override
    public String description() {
        return "A hyphenated word split by spaces (self - assembly for self-assembly).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (!LANGUAGES.contains(pair.targetLanguage().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        String text = pair.maskedTarget();
        List<Issue> issues = new ArrayList<>();
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            String joined = m.group(1) + "-" + m.group(2);
            boolean known = tags.of(joined, pair.targetLang()).map(found -> !found.isEmpty()).orElse(false)
                    || tags.of(joined.toLowerCase(pair.targetLocale()), pair.targetLang())
                    .map(found -> !found.isEmpty()).orElse(false);
            if (known) {
                issues.add(new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, m.start(), m.end(),
                        "“" + m.group() + "” is the word “" + joined + "” split by spaces.", List.of(joined),
                        "typographical"));
            }
        }
        return issues;
    }
}
