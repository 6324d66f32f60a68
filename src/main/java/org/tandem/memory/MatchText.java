package org.tandem.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as fuzzy matching sees it: words, single characters of scripts written without spaces (Chinese, Japanese,
 * Thai), single punctuation marks, and inline codes by kind only (their numbers differ from document to document);
 * spaces do not count.
 */
final class MatchText {

    /** Inline code tokens, ideographs and kana one by one, words (letters, marks, digits, joiners inside), others. */
    private static final Pattern TOKEN = Pattern.compile(
            "\u27E8(/?)\\d+(/?)\u27E9"
                    + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}]"
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\S");

    /** A token with where it stands in the text. */
    record Token(String text, String key, int start, int end) {
    }

    private MatchText() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String key;
            if (m.group().charAt(0) == '\u27E8') {
                key = "\u27E8" + (m.group(1).isEmpty() ? (m.group(2).isEmpty() ? "open" : "code") : "close");
            } else {
                key = m.group();
            }
            tokens.add(new Token(m.group(), key, m.start(), m.end()));
        }
        return tokens;
    }

    /** The token's form for finding candidates and concordance: lower case, without accents. */
    static String folded(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * The match percentage of two token sequences: 100 × (1 − edit distance ÷ the longer length), where a token
     * that differs only in case costs a twentieth and one that differs in accents a fifth. Only identical texts score 100; anything else that would
     * round up to 100 scores 99, as CAT tools show it.
     */
    static int score(String[] a, String[] aFolded, String[] b, String[] bFolded, boolean identical) {
        if (identical) {
            return 100;
        }
        int n = a.length;
        int m = b.length;
        int longer = Math.max(n, m);
        if (longer == 0) {
            return 0;
        }
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                double substitution = a[i - 1].equals(b[j - 1]) ? 0
                        : a[i - 1].equalsIgnoreCase(b[j - 1]) ? 0.05
                        : aFolded[i - 1].equals(bFolded[j - 1]) ? 0.2 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1),
                        previous[j - 1] + substitution);
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        int score = (int) Math.floor(100 * (1 - previous[m] / longer));
        return Math.max(0, Math.min(99, score));
    }
}
