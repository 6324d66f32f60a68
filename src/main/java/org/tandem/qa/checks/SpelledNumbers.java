package org.tandem.qa.checks;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.language.Scripts;

/**
 * Numbers written out: Chinese and Japanese numerals ({@code 三}, {@code 十万}, {@code 一亿五千万}) by a table, and
 * number words of any language ICU spells ({@code fourteen billion}, {@code zehntausend}, {@code tres mil}) by
 * ICU4J's rule-based number format. Such a number is <em>firm</em> when it is large enough not to be a way of
 * speaking — it has a scale of ten thousand or more in CJK numerals, or is a thousand or more in words with its
 * numeral — so that {@code ten thousand years} for {@code 十万年} is an error, while {@code one} for {@code 一}, or
 * {@code millions} alone, is nothing to report.
 */
final class SpelledNumbers {

    /** A number written out, where it stands, its value and whether it is firm. */
    record Spelled(int start, int end, BigDecimal value, boolean firm, String written) {
    }

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(Map.entry('零', 0), Map.entry('〇', 0),
            Map.entry('一', 1), Map.entry('壹', 1), Map.entry('二', 2), Map.entry('贰', 2), Map.entry('两', 2),
            Map.entry('兩', 2), Map.entry('三', 3), Map.entry('叁', 3), Map.entry('四', 4), Map.entry('肆', 4),
            Map.entry('五', 5), Map.entry('伍', 5), Map.entry('六', 6), Map.entry('陆', 6), Map.entry('陸', 6),
            Map.entry('七', 7), Map.entry('柒', 7), Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9),
            Map.entry('玖', 9));
    private static final Map<Character, Integer> UNITS = Map.of('十', 1, '拾', 1, '百', 2, '佰', 2, '千', 3, '仟', 3);
    private static final Map<Character, Integer> SECTIONS = Map.of('万', 4, '萬', 4, '亿', 8, '億', 8, '兆', 12);
    private static final Pattern CJK_RUN = Pattern.compile("[零〇一壹二贰两兩三叁四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億兆]+");
    /** 几百万 ("several million"), 数十亿, 上万: before a numeral, a number that is not exact. */
    private static final String APPROXIMATE_BEFORE = "几幾数數上近";
    /** 十多万 ("over a hundred thousand"), 三十余, 二十来: after it. */
    private static final String APPROXIMATE_AFTER = "多余餘来來几幾";
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Map<String, Set<String>> VOCABULARY = new ConcurrentHashMap<>();
    /** Scale words that stand for a number alone ({@code million}, {@code Milliarden}), by language. */
    private static final Map<String, Map<String, Long>> BARE_SCALES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, RuleBasedNumberFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private SpelledNumbers() {
    }

    /** Every number written out in the text: CJK numerals, and the language's number words. */
    static List<Spelled> in(String text, String language) {
        List<Spelled> found = new ArrayList<>();
        if (Scripts.hasUnspaced(text)) {
            Matcher m = CJK_RUN.matcher(text);
            while (m.find()) {
                boolean approximate = m.start() > 0 && APPROXIMATE_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0
                        || m.end() < text.length() && APPROXIMATE_AFTER.indexOf(text.charAt(m.end())) >= 0;
                cjk(m.group()).ifPresent(value -> found.add(new Spelled(m.start(), m.end(), value,
                        firmCjk(m.group()) && !approximate, m.group())));
            }
        }
        found.addAll(words(text, language));
        return found;
    }

    /** The value of a run of CJK numerals, if it reads as one number. */
    static java.util.Optional<BigDecimal> cjk(String run) {
        boolean positional = run.chars().noneMatch(c -> UNITS.containsKey((char) c) || SECTIONS.containsKey((char) c));
        if (positional) {
            // 二〇一五: digit by digit, as years are written
            StringBuilder digits = new StringBuilder();
            run.chars().forEach(c -> digits.append(DIGITS.get((char) c)));
            return java.util.Optional.of(new BigDecimal(digits.toString()));
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        int digit = -1;
        for (char c : run.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (UNITS.containsKey(c)) {
                section = section.add(BigDecimal.valueOf(digit < 0 ? 1 : digit).scaleByPowerOfTen(UNITS.get(c)));
                digit = -1;
            } else {
                BigDecimal multiplier = section.add(BigDecimal.valueOf(Math.max(digit, 0)));
                if (multiplier.signum() == 0) {
                    return java.util.Optional.empty(); // 万一 ("in case"): not a number
                }
                total = total.add(multiplier.scaleByPowerOfTen(SECTIONS.get(c)));
                section = BigDecimal.ZERO;
                digit = -1;
            }
        }
        return java.util.Optional.of(total.add(section).add(BigDecimal.valueOf(Math.max(digit, 0))));
    }

    /**
     * A scale of ten thousand or more with a digit or a leading 十: {@code 十万}, {@code 三亿}; not {@code 千万}
     * ("by all means") nor {@code 百万} alone.
     */
    private static boolean firmCjk(String run) {
        boolean section = run.chars().anyMatch(c -> SECTIONS.containsKey((char) c));
        boolean digit = run.chars().anyMatch(c -> DIGITS.containsKey((char) c)) || run.charAt(0) == '十'
                || run.charAt(0) == '拾';
        return section && digit;
    }

    /** Runs of the language's number words, each read by ICU as one number. */
    private static List<Spelled> words(String text, String language) {
        Set<String> vocabulary = vocabulary(language);
        if (vocabulary.isEmpty()) {
            return List.of();
        }
        List<Spelled> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            boolean numberWord = vocabulary.contains(m.group().toLowerCase(Locale.ROOT));
            boolean joined = runEnd >= 0 && text.substring(runEnd, m.start()).matches("[\\s\\-\u00AD]+");
            if (numberWord && (runStart < 0 || joined)) {
                runStart = runStart < 0 ? m.start() : runStart;
                runEnd = m.end();
                continue;
            }
            if (runStart >= 0) {
                read(text, runStart, runEnd, language).ifPresent(found::add);
            }
            runStart = numberWord ? m.start() : -1;
            runEnd = numberWord ? m.end() : -1;
        }
        if (runStart >= 0) {
            read(text, runStart, runEnd, language).ifPresent(found::add);
        }
        return found;
    }

    /** How the language spells a whole number, if ICU spells it in words. */
    static java.util.Optional<String> spelled(long value, String language) {
        if (vocabulary(language).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(FORMATS.get().computeIfAbsent(language, SpelledNumbers::format).format(value)
                .replace("\u00AD", "").toLowerCase(Locale.forLanguageTag(language)));
    }

    private static java.util.Optional<Spelled> read(String text, int start, int end, String language) {
        String run = text.substring(start, end);
        RuleBasedNumberFormat format = FORMATS.get().computeIfAbsent(language, SpelledNumbers::format);
        ParsePosition at = new ParsePosition(0);
        String lower = run.toLowerCase(Locale.forLanguageTag(language));
        Long bare = BARE_SCALES.getOrDefault(language.toLowerCase(Locale.ROOT), Map.of()).get(lower);
        if (bare != null) {
            // "a million", "Milliarden": a scale word alone is a number, but no exact one to report
            return java.util.Optional.of(new Spelled(start, end, BigDecimal.valueOf(bare), false, run));
        }
        Number value = format.parse(lower, at);
        if (value == null || at.getIndex() < run.length()) {
            return java.util.Optional.empty();
        }
        BigDecimal decimal = new BigDecimal(value.toString());
        return java.util.Optional.of(new Spelled(start, end, decimal, decimal.compareTo(THOUSAND) >= 0, run));
    }

    /** ICU's spell-out rules, parsing leniently (case, soft hyphens and spaces as people write them). */
    private static RuleBasedNumberFormat format(String language) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag(language),
                RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    }

    /**
     * The words ICU uses to spell numbers in the language (0–100, and one to nine of each power of ten up to a
     * trillion), lower case; none for a language ICU spells with digits.
     */
    static Set<String> vocabulary(String language) {
        return VOCABULARY.computeIfAbsent(language.toLowerCase(Locale.ROOT), tag -> {
            RuleBasedNumberFormat format = format(tag);
            Set<String> words = new HashSet<>();
            List<Long> values = new ArrayList<>();
            for (long n = 0; n <= 100; n++) {
                values.add(n);
            }
            for (long power = 100; power <= 1_000_000_000_000L; power *= 10) {
                for (long k = 1; k <= 9; k++) {
                    values.add(k * power);
                }
            }
            Locale locale = Locale.forLanguageTag(tag);
            for (long n : values) {
                Matcher m = WORD.matcher(format.format(n).replace("\u00AD", "")); // zehn­tausend: one word
                while (m.find()) {
                    words.add(m.group().toLowerCase(locale));
                }
            }
            String one = format.format(1).toLowerCase(locale);
            Map<String, Long> bare = new java.util.HashMap<>();
            for (long power = 100; power <= 1_000_000_000_000L; power *= 10) {
                String single = format.format(power).replace("\u00AD", "").toLowerCase(locale);
                int common = 0;
                while (common < Math.min(one.length(), single.length()) && one.charAt(common) == single.charAt(common)) {
                    common++;
                }
                if (!single.contains(" ") && common >= 2 && single.length() - common >= 4) {
                    words.add(single.substring(common)); // einhundert → hundert, as people also write it
                }
                for (long k : new long[] {1, 2}) {
                    String[] parts = format.format(k * power).replace("\u00AD", "").toLowerCase(locale).split(" ");
                    if (parts.length >= 2) {
                        bare.putIfAbsent(parts[parts.length - 1], power); // million, millions; Milliarde(n)
                    }
                }
            }
            BARE_SCALES.put(tag, Map.copyOf(bare));
            if (words.stream().allMatch(w -> Scripts.hasUnspaced(w))) {
                return Set.of(); // Chinese, Japanese…: their numerals are read by the table above
            }
            return Set.copyOf(words);
        });
    }
}
