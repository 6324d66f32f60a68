package org.tandem.qa.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Words with their offsets, and the comparisons several checks share. */
final class Words {

    /** A word and where it is. */
    record Word(String text, int start, int end, boolean sentenceStart) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean lowercase() {
            return Character.isLowerCase(text.codePointAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\-]*[\\p{L}\\p{M}]|[\\p{L}]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:]['\"”»“’)]*\\s+['\"“«„(¿¡]*$");
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean start = first && !between.matches("(?s).*\\d.*") || SENTENCE_END.matcher(between).find()
                    || between.contains("\n");
            words.add(new Word(m.group(), m.start(), m.end(), start));
            first = false;
            last = m.end();
        }
        return words;
    }

    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*");

    /** Capitalised words of at least {@code min} letters, in one pass (document checks run on every edit). */
    static List<Word> capitalised(String text, int min) {
        List<Word> words = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() >= min) {
                words.add(new Word(m.group(), m.start(), m.end(), false));
            }
        }
        return words;
    }

    /**
     * Whether a sentence starts at this offset: nothing but spaces, quotes and brackets since the text's start or
     * since a sentence-ending mark.
     */
    static boolean atSentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'“”„«»‘’()[]¿¡–—-".indexOf(c) >= 0) {
                continue;
            }
            return ".!?…:;".indexOf(c) >= 0;
        }
        return true;
    }

    /** Lower case without accents: {@code Moscú} → {@code moscu}. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Consonants only, for transliteration variants: {@code Kiev}/{@code kyiv} → {@code kv}. */
    static String skeleton(String word) {
        return fold(word).replaceAll("[aeiouy\\-]", "").replaceAll("(.)\\1+", "$1");
    }

    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(fold(a), fold(b));
    }

    /** Whether two spellings are plausibly one name written two ways (not two inflections of one word). */
    static boolean variants(String a, String b) {
        return variants(Folded.of(a), Folded.of(b));
    }

    /** A word with its folded form and consonant skeleton, computed once for many comparisons. */
    record Folded(String text, String fold, String skeleton) {
        static Folded of(String word) {
            return new Folded(word, Words.fold(word), Words.skeleton(word));
        }
    }

    static boolean variants(Folded a, Folded b) {
        String x = a.fold();
        String y = b.fold();
        if (Math.abs(x.length() - y.length()) > 2 && !a.skeleton().equals(b.skeleton())) {
            return false;
        }
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || inflection(x, y) || inflection(y, x)) {
            return false;
        }
        int longest = Math.max(x.length(), y.length());
        int d = LEVENSHTEIN.apply(x, y);
        boolean close = d <= 2 && d * 10 <= longest * 3;
        boolean sameSkeleton = a.skeleton().equals(b.skeleton()) && a.skeleton().length() >= 3;
        // Transliterations may differ in the first letter (Selenskyj/Zelenskyy), but only in longer names.
        boolean sameStart = x.charAt(0) == y.charAt(0) || longest >= 6 && d <= 2;
        return sameStart && (close || sameSkeleton);
    }

    /** Suffixes that make another word from a name (Russia/Russian, Kyiv/Kyivs), not another spelling of it. */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("n", "an", "ian", "ans", "ians", "s",
            "es", "ese", "i", "is", "ic", "ics", "ish", "er", "ers", "ern", "ns", "'s", "en", "isch", "ische", "o",
            "a", "ien", "ienne", "ais", "aise", "ano", "ana", "ska", "ski", "y");

    private static boolean inflection(String longer, String shorter) {
        return longer.startsWith(shorter) && SUFFIXES.contains(longer.substring(shorter.length()))
                || shorter.length() >= 4 && longer.startsWith(shorter.substring(0, shorter.length() - 1))
                && SUFFIXES.contains(longer.substring(shorter.length() - 1)) && longer.length() > shorter.length();
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + word.substring(word.offsetByCodePoints(0, 1));
    }
}
