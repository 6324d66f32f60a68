package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * English's typewriter dash, two or three hyphens ({@code die Erde -- unsere Erde}), in a target of another language:
 * machine translation carries it over from English sources and transcripts, while the target language sets a dash
 * of its own (German, French, Italian a spaced en dash; Spanish and Portuguese an em dash) and has no such plain-text
 * habit. English targets are left alone: there the double hyphen is the language's own accepted plain-text dash, and
 * raters let it pass (on the zh→en development set 60 % of them; docs/benchmarks.md). Also left alone: longer runs
 * (a rule line), the hyphens of an HTML comment or arrow ({@code <!--}, {@code -->}) and a command's option the
 * source has as it is ({@code --verbose}).
 */
@Component
public class DoubleHyphenCheck implements Check {

    private static final Pattern HYPHENS = Pattern.compile("(?<![-<!])-{2,3}(?![->])");
    /** The dash each language sets for a parenthetical pause; a range between numbers is an en dash everywhere. */
    static final Map<String, String> DASH = Map.ofEntries(Map.entry("es", "—"),
            Map.entry("pt", "—"), Map.entry("ru", "—"), Map.entry("uk", "—"), Map.entry("zh", "——"),
            Map.entry("ja", "——"));
    private static final String EN_DASH = "–";
    private static final String ENGLISH = "en";

    @Override
    public String id() {
        return "double-hyphen";
    }

    @Override
    public String name() {
        return "Hyphens for a dash";
    }

    @Override
    public String description() {
        return "English's typewriter dash (word -- word) in a target of another language, which sets a dash of its "
                + "own.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String language = pair.targetLanguage().toLowerCase(Locale.ROOT);
        if (ENGLISH.equals(language)) {
            return List.of();
        }
        String text = pair.maskedTarget();
        List<Issue> issues = new ArrayList<>();
        Matcher m = HYPHENS.matcher(text);
        while (m.find()) {
            String token = token(text, m.start(), m.end());
            if (token.startsWith(m.group()) && token.length() > m.group().length()
                    && Character.isLetter(token.charAt(m.group().length())) && pair.source().contains(token)) {
                continue; // an option of a command (--verbose), copied from the source
            }
            boolean range = m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1)) && m.end() < text.length()
                    && Character.isDigit(text.charAt(m.end()));
            String dash = range ? EN_DASH : DASH.getOrDefault(language, EN_DASH);
            issues.add(new Issue(id(), Categories.PUNCTUATION, Severity.MINOR, m.start(), m.end(),
                    "“" + m.group() + "” stands for a dash; typeset text writes “" + dash + "”.", List.of(dash),
                    "typographical"));
        }
        return issues;
    }

    /** The run of non-space characters around [start, end). */
    private static String token(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }
}
