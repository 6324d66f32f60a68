package org.tandem.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.tandem.base.web.BadRequestException;
import org.tandem.markup.Placeholders;

/**
 * What a reviewer searches for in segment texts, and how it finds and replaces: plain text or a Java regular
 * expression, with or without case, whole words or anywhere. Inline codes are never touched: a match that overlaps
 * an inline-code token is not a hit, and a replacement may not write one. A search that runs too long (a regular
 * expression that backtracks without end) stops with a clear error.
 *
 * @param find          what to look for (not empty)
 * @param regex         whether {@code find} is a regular expression ({@code $1} in a replacement is then its group)
 * @param caseSensitive whether case must match
 * @param wholeWord     whether a hit must not continue a word on either side
 */
public record TextSearch(String find, boolean regex, boolean caseSensitive, boolean wholeWord) {

    /** The longest search text or replacement taken. */
    public static final int MAX_LENGTH = 1000;
    /** How long one search may run over a document before it stops. */
    static final long BUDGET_NANOS = 2_000_000_000L;
    private static final String WORD = "[\\p{L}\\p{N}\\p{M}_]";

    /** A hit: where it is in the text. */
    public record Hit(int start, int end) {
    }

    public TextSearch {
        if (find == null || find.isEmpty()) {
            throw new BadRequestException("Say what to search for (\"find\" is empty).");
        }
        if (find.length() > MAX_LENGTH) {
            throw new BadRequestException("The search text has " + find.length() + " characters, over the limit of "
                    + MAX_LENGTH + ".");
        }
    }

    /** The compiled pattern. */
    Pattern pattern() {
        String body = regex ? find : Pattern.quote(find);
        if (wholeWord) {
            body = "(?<!" + WORD + ")(?:" + body + ")(?!" + WORD + ")";
        }
        try {
            return Pattern.compile(body, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new BadRequestException("The regular expression \"" + find + "\" is not valid: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : "")
                    + ".");
        }
    }

    /** The hits in a text (none empty, none over an inline code), in order. */
    public List<Hit> hits(String text) {
        return hits(text, pattern(), new Deadline(System.nanoTime() + BUDGET_NANOS));
    }

    List<Hit> hits(String text, Pattern pattern, Deadline deadline) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return hits;
        }
        List<Placeholders.Token> tokens = Placeholders.tokens(text);
        Matcher matcher = pattern.matcher(deadline.over(text));
        while (matcher.find()) {
            if (matcher.end() > matcher.start() && !overCode(tokens, matcher.start(), matcher.end())) {
                hits.add(new Hit(matcher.start(), matcher.end()));
            }
        }
        return hits;
    }

    /**
     * The text with every hit replaced, or empty when there is no hit. With {@code regex}, {@code $1} and
     * {@code \\$} work as in Java; otherwise the replacement is taken literally.
     *
     * @throws BadRequestException when the replacement would write an inline-code token, or names a missing group
     */
    Optional<String> replace(String text, Pattern pattern, String replacement, Deadline deadline) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<Placeholders.Token> tokens = Placeholders.tokens(text);
        Matcher matcher = pattern.matcher(deadline.over(text));
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (matcher.find()) {
            boolean hit = matcher.end() > matcher.start() && !overCode(tokens, matcher.start(), matcher.end());
            try {
                matcher.appendReplacement(out, !hit ? Matcher.quoteReplacement(matcher.group())
                        : regex ? replacement : Matcher.quoteReplacement(replacement));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new BadRequestException("The replacement \"" + replacement + "\" cannot be used: "
                        + e.getMessage() + ".");
            }
            any |= hit;
        }
        matcher.appendTail(out);
        return any ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * The text with one hit replaced (as {@link #hits} found it), or empty when the search no longer finds it there.
     *
     * @throws BadRequestException when the replacement would write an inline-code token, or names a missing group
     */
    public Optional<String> replaceOne(String text, Hit hit, String replacement) {
        requireNoCode(replacement);
        if (text == null || hit.end() > text.length()
                || !hits(text).contains(hit)) {
            return Optional.empty();
        }
        Matcher matcher = pattern().matcher(text);
        matcher.region(hit.start(), text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (!matcher.lookingAt() || matcher.end() != hit.end()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        try {
            matcher.appendReplacement(out, regex ? replacement : Matcher.quoteReplacement(replacement));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadRequestException("The replacement \"" + replacement + "\" cannot be used: "
                    + e.getMessage() + ".");
        }
        return Optional.of(out.append(text, hit.end(), text.length()).toString());
    }

    /** Refuses a replacement that would put an inline-code token into a text. */
    static void requireNoCode(String replacement) {
        if (replacement == null) {
            throw new BadRequestException("Say what to replace with (\"replace\" is missing; \"\" deletes).");
        }
        if (replacement.length() > MAX_LENGTH) {
            throw new BadRequestException("The replacement has " + replacement.length()
                    + " characters, over the limit of " + MAX_LENGTH + ".");
        }
        if (Placeholders.TOKEN.matcher(replacement).find()
                || replacement.indexOf(Placeholders.LEFT) >= 0 || replacement.indexOf(Placeholders.RIGHT) >= 0) {
            throw new BadRequestException("A replacement cannot write inline codes (" + Placeholders.LEFT + "…"
                    + Placeholders.RIGHT + "); edit those in the segment.");
        }
    }

    private static boolean overCode(List<Placeholders.Token> tokens, int start, int end) {
        for (Placeholders.Token token : tokens) {
            if (start < token.end() && token.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** A search's time budget, checked as the regular expression reads the text. */
    static final class Deadline {
        private final long until;

        Deadline(long until) {
            this.until = until;
        }

        CharSequence over(CharSequence text) {
            return new CharSequence() {
                @Override
                public int length() {
                    return text.length();
                }

                @Override
                public char charAt(int index) {
                    if (System.nanoTime() > until) {
                        throw new BadRequestException("The search took too long and was stopped (over "
                                + BUDGET_NANOS / 1_000_000_000 + " s): simplify the regular expression.");
                    }
                    return text.charAt(index);
                }

                @Override
                public CharSequence subSequence(int start, int end) {
                    return text.subSequence(start, end);
                }

                @Override
                public String toString() {
                    return text.toString();
                }
            };
        }
    }
}
