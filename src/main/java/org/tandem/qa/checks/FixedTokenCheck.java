package org.tandem.qa.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * What a translation copies as it is: URLs, e-mail addresses, hashtags, @handles and codes of capitals and digits
 * that start with a letter ({@code A320}, {@code F-35}, {@code COVID-19}; not quantities such as {@code 4GB} or
 * {@code 10AM}, which languages write their own way) of the source, missing or altered in the target. An altered one is
 * flagged where the target has it (the closest token of the same kind, at most a third of it changed), with the
 * source's form as the fix; a missing one at the end of the target. Compared after Unicode compatibility folding
 * ({@code CO₂} is {@code CO2}).
 */
@Component
public class FixedTokenCheck implements Check {

    /** The kinds, each a pattern; a token of a kind matches only tokens of the same kind. */
    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"“”«»]+[^\\s<>\"“”«».,;:!?)\\]]"),
            Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Pattern.compile("(?<![\\w#@/])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*"),
            Pattern.compile("(?<![\\w@/.])@[A-Za-z0-9_]{2,}(?![\\w@.]*\\.[A-Za-z])"),
            Pattern.compile("(?<![\\p{L}\\p{N}@#/.-])(?=[\\p{L}\\p{N}-]{3})(?=[\\p{L}\\p{N}-]*\\p{Lu})"
                    + "(?=[\\p{L}\\p{N}-]*\\p{N})"
                    + "\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}@])"));
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    @Override
    public String id() {
        return "fixed-token";
    }

    @Override
    public String name() {
        return "URL, address or code changed";
    }

    @Override
    public String description() {
        return "A URL, e-mail address, hashtag, @handle or code (A320, COVID-19) of the source missing or altered.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String source = pair.maskedSource();
        String target = pair.maskedTarget();
        if (target.isBlank()) {
            return List.of();
        }
        String folded = fold(target);
        List<Issue> issues = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Pattern kind : KINDS) {
            List<Token> inTarget = tokens(kind, target);
            List<String> claimed = new ArrayList<>();
            for (Token token : tokens(kind, source)) {
                if (folded.contains(fold(token.text()))) {
                    continue;
                }
                Token altered = closest(token.text(), inTarget, claimed, fold(source));
                if (altered != null) {
                    claimed.add(altered.text());
                    issues.add(new Issue(id(), Categories.MISTRANSLATION, Severity.MAJOR, altered.start(),
                            altered.end(), "“" + altered.text() + "” is “" + token.text() + "” in the source: "
                            + "copied forms are not changed.", List.of(token.text()), "inconsistency"));
                } else {
                    missing.add(token.text());
                }
            }
        }
        if (!missing.isEmpty()) {
            issues.add(new Issue(id(), Categories.OMISSION, Severity.MAJOR, target.length(), target.length(),
                    "The source's " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                            + " missing from the target.", List.of(), "omission"));
        }
        return issues;
    }

    private record Token(int start, int end, String text) {
    }

    private static List<Token> tokens(Pattern kind, String text) {
        List<Token> found = new ArrayList<>();
        Matcher m = kind.matcher(text);
        while (m.find()) {
            found.add(new Token(m.start(), m.end(), m.group()));
        }
        return found;
    }

    /** The target token of the same kind nearest to the source's, if at most a third of it differs. */
    private static Token closest(String wanted, List<Token> candidates, List<String> claimed, String foldedSource) {
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token candidate : candidates) {
            if (claimed.contains(candidate.text()) || foldedSource.contains(fold(candidate.text()))) {
                continue; // the source has this one too: it is not the altered form
            }
            int distance = DISTANCE.apply(fold(wanted), fold(candidate.text()));
            if (distance * 3 <= Math.max(wanted.length(), candidate.text().length()) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
