package org.tandem.qa.checks;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.language.Scripts;

/**
 * Numbers in text with their values, read by the language's separators (ICU) and multiplied by a following scale
 * word: {@code 15.600 millones} (Spanish) and {@code 15.6 billion} (English) are both 15,600,000,000.
 */
final class Numbers {

    /** A number as written, its value and whether its separators follow the language's convention. */
    record Found(int start, int end, BigDecimal value, BigDecimal scale, int scaleEnd, boolean conventional,
                 String written) {
        BigDecimal total() {
            return value.multiply(scale);
        }
    }

    /**
     * Before a number: not a letter of a script written with spaces (a digit after a Chinese or Japanese character
     * is a number: {@code 大约10年前}), not a digit or separator, and not a capitalised word and a hyphen
     * ({@code COVID-19}, {@code B-52} are names, compared as the source writes them by other checks; the
     * {@code hole-30} of a dash written as a hyphen is a number).
     */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}.,&&[^" + Scripts.WITHOUT_SPACES + "]])"
            + "(?<!\\p{Lu}\\p{L}{0,15}-)";
    private static final Pattern NUMBER = Pattern.compile(
            BEFORE + "\\d{1,3}(?:([.,\\u00A0\\u202F ])\\d{3})*(?:([.,])\\d+)?(?![\\d])|" + BEFORE
                    + "\\d+(?:([.,])\\d+)?(?![\\d])");
    /**
     * A date in numbers, day and month either way round or the year first: {@code 05/03/2024}, {@code 5.3.2024},
     * {@code 2024-03-05}. Its parts are numbers of their own, not the decimal {@code 5.3}.
     */
    static final Pattern DATE = Pattern.compile("(?<![\\d.,/-])(?:\\d{1,2}([./-])\\d{1,2}\\1\\d{2,4}"
            + "|\\d{4}([./-])\\d{1,2}\\2\\d{1,2})(?![\\d/-]|[.,]\\d)");
    private static final Pattern DATE_PART = Pattern.compile("\\d+");
    /** Scale characters written right after digits: {@code 140亿}, {@code 3千万}, {@code 1억}. */
    private static final Map<Character, Integer> SCALE_CHARACTERS = Map.ofEntries(Map.entry('十', 1),
            Map.entry('百', 2), Map.entry('千', 3), Map.entry('万', 4), Map.entry('萬', 4), Map.entry('亿', 8),
            Map.entry('億', 8), Map.entry('兆', 12), Map.entry('천', 3), Map.entry('만', 4), Map.entry('억', 8),
            Map.entry('조', 12));
    private static final Map<String, List<Object[]>> SCALES = Map.of(
            "en", List.of(new Object[] {"thousand", 3}, new Object[] {"million", 6}, new Object[] {"billion", 9},
                    new Object[] {"trillion", 12}, new Object[] {"bn", 9}),
            "es", List.of(new Object[] {"mil millones", 9}, new Object[] {"millones", 6}, new Object[] {"millón", 6},
                    new Object[] {"billones", 12}, new Object[] {"billón", 12}, new Object[] {"mil", 3}),
            "pt", List.of(new Object[] {"mil milhões", 9}, new Object[] {"milhões", 6}, new Object[] {"milhão", 6},
                    new Object[] {"bilhões", 9}, new Object[] {"bilhão", 9}, new Object[] {"mil", 3}),
            "fr", List.of(new Object[] {"milliards", 9}, new Object[] {"milliard", 9}, new Object[] {"millions", 6},
                    new Object[] {"million", 6}, new Object[] {"billions", 12}, new Object[] {"mille", 3}),
            "de", List.of(new Object[] {"milliarden", 9}, new Object[] {"milliarde", 9}, new Object[] {"mrd.", 9},
                    new Object[] {"millionen", 6}, new Object[] {"million", 6}, new Object[] {"mio.", 6},
                    new Object[] {"billionen", 12}, new Object[] {"tausend", 3}),
            "it", List.of(new Object[] {"miliardi", 9}, new Object[] {"miliardo", 9}, new Object[] {"milioni", 6},
                    new Object[] {"milione", 6}, new Object[] {"mila", 3}));

    private Numbers() {
    }

    static char decimalSeparator(String language) {
        return DecimalFormatSymbols.getInstance(ULocale.forLocale(Locale.forLanguageTag(language))).getDecimalSeparator();
    }

    static List<Found> in(String text, String language) {
        char decimal = decimalSeparator(language);
        List<Found> found = new ArrayList<>();
        List<int[]> dates = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            dates.add(new int[] {date.start(), date.end()});
            Matcher part = DATE_PART.matcher(date.group());
            while (part.find()) {
                found.add(new Found(date.start() + part.start(), date.start() + part.end(),
                        new BigDecimal(part.group()), BigDecimal.ONE, date.start() + part.end(), true, part.group()));
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String written = m.group();
            int at = m.start();
            if (written.endsWith(" ") || dates.stream().anyMatch(d -> d[0] <= at && at < d[1])) {
                continue;
            }
            Parsed parsed = parse(written, decimal);
            BigDecimal scale = BigDecimal.ONE;
            int scaleEnd = m.end();
            int exponent = 0;
            while (scaleEnd < text.length() && SCALE_CHARACTERS.containsKey(text.charAt(scaleEnd))) {
                exponent += SCALE_CHARACTERS.get(text.charAt(scaleEnd++));
            }
            if (exponent > 0) {
                found.add(new Found(m.start(), m.end(), parsed.value, BigDecimal.TEN.pow(exponent), scaleEnd,
                        parsed.conventional, written));
                continue;
            }
            String after = text.substring(m.end()).toLowerCase(Locale.ROOT);
            for (Object[] s : SCALES.getOrDefault(language, List.of())) {
                String word = (String) s[0];
                String pattern = "^\\s(de\\s)?" + Pattern.quote(word) + "(?![\\p{L}])";
                Matcher w = Pattern.compile(pattern).matcher(after);
                if (w.find()) {
                    scale = BigDecimal.TEN.pow((Integer) s[1]);
                    scaleEnd = m.end() + w.end();
                    break;
                }
            }
            found.add(new Found(m.start(), m.end(), parsed.value, scale, scaleEnd, parsed.conventional, written));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private record Parsed(BigDecimal value, boolean conventional) {
    }

    /**
     * Reads a number: the language's decimal separator, any other separator followed by groups of three digits is
     * grouping. A separator that can only be a decimal one of another convention ({@code 15.6} in Spanish) is read
     * as decimal and marked unconventional.
     */
    private static Parsed parse(String written, char decimal) {
        String s = written.replace('\u00A0', ' ').replace('\u202F', ' ');
        int lastSep = Math.max(Math.max(s.lastIndexOf('.'), s.lastIndexOf(',')), s.lastIndexOf(' '));
        if (lastSep < 0) {
            return new Parsed(new BigDecimal(s), true);
        }
        char sep = s.charAt(lastSep);
        String tail = s.substring(lastSep + 1);
        boolean singleKind = s.chars().filter(c -> c == '.' || c == ',' || c == ' ').distinct().count() == 1;
        boolean groupsOfThree = s.matches("\\d{1,3}(" + Pattern.quote(String.valueOf(sep)) + "\\d{3})+");
        if (sep == decimal && !(groupsOfThree && singleKind && s.indexOf(sep) != lastSep)) {
            String integer = s.substring(0, lastSep).replaceAll("[^\\d]", "");
            boolean conventional = singleKind || s.substring(0, lastSep).indexOf(decimal) < 0;
            return new Parsed(new BigDecimal((integer.isEmpty() ? "0" : integer) + "." + tail), conventional);
        }
        if (groupsOfThree) {
            return new Parsed(new BigDecimal(s.replaceAll("[^\\d]", "")), sep != decimal);
        }
        String integer = s.substring(0, lastSep).replaceAll("[^\\d]", "");
        return new Parsed(new BigDecimal(integer + "." + tail), false);
    }
}
