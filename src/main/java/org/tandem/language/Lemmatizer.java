package org.tandem.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.springframework.stereotype.Component;

/**
 * Words of a text with their lemmas, from LanguageTool's tokenizer and tagger for the language (its taggers are
 * stateless dictionary lookups, safe to share between threads). A language LanguageTool lacks gets words split on
 * letters, each its own lemma. Lemmas of a word are remembered, since termbases and documents repeat words.
 */
@Component
public class Lemmatizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final int CACHE_LIMIT = 200_000;

    /**
     * One word.
     *
     * @param keys the lower-cased word, then its lower-cased lemmas: two words with a key in common are forms of
     *             one word
     */
    public record Word(int start, int end, String text, Set<String> keys) {
    }

    private final LanguageToolPool pool;
    private final Map<String, Set<String>> lemmas = new ConcurrentHashMap<>();

    public Lemmatizer(LanguageToolPool pool) {
        this.pool = pool;
    }

    public List<Word> words(String text, String lang) {
        Optional<Language> language = pool.language(lang);
        if (language.isEmpty()) {
            List<Word> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                split(text, m.start(), m.end(), lang, words);
            }
            return words;
        }
        Language l = language.get();
        List<String> tokens = l.getWordTokenizer().tokenize(text);
        List<Word> words = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        int at = 0;
        String code = l.getShortCodeWithCountryAndVariant();
        for (String token : tokens) {
            int start = at;
            at += token.length();
            if (token.isBlank() || token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0))) {
                continue;
            }
            Set<String> keys = lemmas.get(code + '\u0000' + token);
            if (keys == null) {
                unknown.add(words.size());
            }
            words.add(new Word(start, at, token, keys));
        }
        if (!unknown.isEmpty()) {
            List<String> toTag = unknown.stream().map(i -> words.get(i).text()).toList();
            try {
                List<AnalyzedTokenReadings> tagged = l.getTagger().tag(toTag);
                for (int k = 0; k < unknown.size(); k++) {
                    Word word = words.get(unknown.get(k));
                    Set<String> keys = new LinkedHashSet<>();
                    keys.add(lower(word.text(), lang));
                    for (AnalyzedToken reading : tagged.get(k)) {
                        if (reading.getLemma() != null && !reading.getLemma().isBlank()) {
                            keys.add(lower(reading.getLemma(), lang));
                        }
                    }
                    Set<String> known = java.util.Collections.unmodifiableSet(keys); // in order: the form first
                    if (lemmas.size() > CACHE_LIMIT) {
                        lemmas.clear();
                    }
                    lemmas.put(code + '\u0000' + word.text(), known);
                    words.set(unknown.get(k), new Word(word.start(), word.end(), word.text(), known));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    /**
     * Adds the words of a run of letters. In a script written without spaces (Chinese, Japanese, Thai and their
     * neighbours) every character (with its combining marks) is a word of its own, so that a term is found as the
     * characters it is written with wherever it stands in running text; letters of other scripts stay together.
     */
    private static void split(String text, int from, int to, String lang, List<Word> words) {
        int start = from;
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Scripts.unspaced(c)) {
                if (start < i) {
                    words.add(word(text, start, i, lang));
                }
                while (next < to && mark(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                words.add(word(text, i, next, lang));
                start = next;
            }
            i = next;
        }
        if (start < to) {
            words.add(word(text, start, to, lang));
        }
    }

    private static boolean mark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static Word word(String text, int start, int end, String lang) {
        String form = text.substring(start, end);
        return new Word(start, end, form, Set.of(lower(form, lang)));
    }


    private static String lower(String text, String lang) {
        return text.toLowerCase(Locale.forLanguageTag(lang));
    }
}
