package org.tandem.qa.checks;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;
import org.tandem.language.Scripts;

/**
 * Numbers must agree between source and target once read by each language's conventions and scale words:
 * {@code 17}/{@code 71} and {@code 12 de marzo}/{@code March 21} are errors; {@code 15.600 millones}/
 * {@code 15.6 billion}, {@code 140亿}/{@code fourteen billion} and {@code 3月}/{@code March} are not. Numbers
 * written out count when they match, but only firm ones are reported ({@link SpelledNumbers}): {@code one} for
 * {@code 一} is a way of speaking, {@code ten thousand} for {@code 十万} an error.
 */
@Component
public class NumberMismatchCheck implements Check {

    /** A number of either side: where, its value with any scale applied, whether it may be reported. */
    record Number(int start, int end, BigDecimal value, BigDecimal scale, boolean firm, String written) {

        BigDecimal total() {
            return value.multiply(scale);
        }
    }

    /** Months written as numbers: {@code 3月}, or in a date such as {@code 05/03/2024} ({@link Numbers#DATE}). */
    private static final Pattern MONTH_MARK = Pattern.compile("\\d{1,2}\\s?[月월]|" + Numbers.DATE.pattern());

    @Override
    public String id() {
        return "number-mismatch";
    }

    @Override
    public String name() {
        return "Number mismatch";
    }

    @Override
    public String description() {
        return "A number that differs from the source's once each is read by its language's conventions.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        if (pair.target().isBlank()) {
            return List.of();
        }
        List<Number> source = numbers(pair.maskedSource(), pair.sourceLanguage(), pair.maskedTarget());
        List<Number> target = numbers(pair.maskedTarget(), pair.targetLanguage(), pair.maskedSource());
        List<Number> all = List.copyOf(source);
        List<Number> unmatched = new ArrayList<>();
        for (Number t : target) {
            Number match = source.stream().filter(s -> same(s, t)).findFirst().orElse(null);
            if (match != null) {
                source.remove(match);
            } else if (t.firm() && !inWord(t, pair.maskedSource(), pair.sourceLanguage())
                    && all.stream().noneMatch(s -> same(s, t))) { // said twice where the source says it once
                unmatched.add(t);
            }
        }
        // A value the target has, once for the source's twice ("the top and bottom 20%"), is not missing.
        List<Number> missing = source.stream().filter(Number::firm)
                .filter(s -> !inWord(s, pair.maskedTarget(), pair.targetLanguage()))
                .filter(s -> target.stream().noneMatch(t -> same(s, t))).toList();
        List<Issue> issues = new ArrayList<>();
        for (Number t : unmatched) {
            String expected = missing.isEmpty() ? "" : " (the source has "
                    + String.join(", ", missing.stream().map(Number::written).toList()) + ")";
            issues.add(new Issue(id(), Categories.MISTRANSLATION, Severity.MAJOR, t.start(), t.end(),
                    "The number " + t.written() + " is not in the source" + expected + ".", List.of(),
                    "inconsistency"));
        }
        if (unmatched.isEmpty() && !missing.isEmpty()) {
            int end = pair.target().length();
            issues.add(new Issue(id(), Categories.MISTRANSLATION, Severity.MAJOR, end, end, "The source's "
                    + String.join(", ", missing.stream().map(Number::written).toList())
                    + " is missing from the target.", List.of(), "omission"));
        }
        return issues;
    }

    /**
     * The numbers of one side: in digits (firm), written out, and month names where the other side writes months as
     * numbers ({@code 3月}, {@code 05/03/2024}).
     */
    static List<Number> numbers(String text, String language, String otherSide) {
        List<Number> numbers = new ArrayList<>();
        List<Numbers.Found> digits = Numbers.in(text, language);
        for (Numbers.Found found : digits) {
            numbers.add(new Number(found.start(), found.end(), found.value(), found.scale(), true, found.written()));
        }
        for (SpelledNumbers.Spelled spelled : SpelledNumbers.in(text, language)) {
            boolean overlaps = digits.stream()
                    .anyMatch(d -> spelled.start() < d.scaleEnd() && d.start() < spelled.end());
            if (!overlaps) {
                numbers.add(new Number(spelled.start(), spelled.end(), spelled.value(), BigDecimal.ONE,
                        spelled.firm(), spelled.written()));
            }
        }
        if (MONTH_MARK.matcher(otherSide).find()) {
            numbers.addAll(months(text, language));
        }
        numbers.addAll(romanNumerals(text));
        numbers.sort(java.util.Comparator.comparingInt(Number::start));
        return numbers;
    }

    /**
     * Whether the other side writes the number as the start of a word ({@code zehnfachen} for {@code 10 times},
     * {@code tenfold} for {@code 10-fach}): small whole numbers only.
     */
    private static boolean inWord(Number number, String otherSide, String otherLanguage) {
        BigDecimal total = number.total();
        if (total.signum() <= 0 || total.compareTo(BigDecimal.valueOf(1000)) >= 0 || total.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return SpelledNumbers.spelled(total.longValue(), otherLanguage).filter(w -> w.length() >= 3 && !w.contains(" "))
                .map(w -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(w), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(otherSide).find())
                .orElse(false);
    }

    /** Two or more capitals that form a valid Roman numeral: {@code XXI}, {@code II}, {@code MMXXIV}. */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\p{N}])(?=[MDCLXVI]{2,}(?![\\p{L}\\p{N}]))"
            + "M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\\p{L}\\p{N}])");
    private static final String ROMAN_DIGITS = "IVXLCDM";
    private static final int[] ROMAN_VALUES = {1, 5, 10, 50, 100, 500, 1000};

    /**
     * Roman numerals in the text ({@code siglo XXI} for {@code 21st century}), never reported: capitals such as
     * {@code DC} or {@code CD} may be abbreviations, so they only pair with a number of the other side.
     */
    static List<Number> romanNumerals(String text) {
        List<Number> found = new ArrayList<>();
        Matcher m = ROMAN.matcher(text);
        while (m.find()) {
            int value = 0;
            String r = m.group();
            for (int i = 0; i < r.length(); i++) {
                int v = ROMAN_VALUES[ROMAN_DIGITS.indexOf(r.charAt(i))];
                boolean subtract = i + 1 < r.length() && ROMAN_VALUES[ROMAN_DIGITS.indexOf(r.charAt(i + 1))] > v;
                value += subtract ? -v : v;
            }
            found.add(new Number(m.start(), m.end(), BigDecimal.valueOf(value), BigDecimal.ONE, false, r));
        }
        return found;
    }

    /** Month names of the language in the text, as the numbers 1 to 12 (never reported). */
    private static List<Number> months(String text, String language) {
        String[] names = DateFormatSymbols.getInstance(ULocale.forLanguageTag(language)).getMonths();
        String lower = text.toLowerCase(Locale.forLanguageTag(language));
        List<Number> months = new ArrayList<>();
        for (int i = 0; i < names.length && i < 12; i++) {
            String name = names[i].toLowerCase(Locale.forLanguageTag(language));
            if (name.isEmpty() || Scripts.hasUnspaced(name)) {
                continue;
            }
            Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})").matcher(lower);
            while (m.find()) {
                months.add(new Number(m.start(), m.end(), BigDecimal.valueOf(i + 1L), BigDecimal.ONE, false,
                        text.substring(m.start(), m.end())));
            }
        }
        return months;
    }

    /** Same value, either as written or with the scale words applied on both sides. */
    private static boolean same(Number a, Number b) {
        return equal(a.total(), b.total()) || equal(a.value(), b.value()) && equal(a.scale(), b.scale());
    }

    private static boolean equal(BigDecimal x, BigDecimal y) {
        return x.compareTo(y) == 0;
    }
}
