package org.tandem.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.springframework.stereotype.Component;

/**
 * Whether a capitalised word is a name, by LanguageTool's tagger for the language: a word it knows only as a proper
 * noun, or does not know at all, is a name ({@code Zelensky}, {@code Collboni}); one it knows only as something
 * else is not ({@code These}, German {@code Jahre}); one it knows as both ({@code German}, {@code Sun}) may be.
 * The tag of proper nouns differs by tag set: a tested table.
 */
@Component
public class ProperNouns {

    /** What the tagger says of a word. */
    public enum Kind {
        /** Only a proper noun, or unknown to the dictionary. */
        NAME,
        /** Only other parts of speech: a dictionary word. */
        COMMON,
        /** Both: a name in some uses. */
        EITHER,
        /** No tagger or no proper-noun tag known for the language. */
        UNKNOWN
    }

    /** Proper-noun tags by language (LanguageTool's tag sets). */
    static final Map<String, Predicate<String>> PROPER_NOUN_TAG = Map.of(
            "en", tag -> tag.startsWith("NNP"),
            "de", tag -> tag.startsWith("EIG"),
            "es", tag -> tag.startsWith("NP"),
            "pt", tag -> tag.startsWith("NP"),
            "ca", tag -> tag.startsWith("NP"),
            "gl", tag -> tag.startsWith("NP"),
            "fr", tag -> tag.startsWith("Z"));
    private static final int CACHE_LIMIT = 100_000;

    private final LanguageToolPool pool;
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public ProperNouns(LanguageToolPool pool) {
        this.pool = pool;
    }

    /** What the word, as written, is in the language. */
    public Kind kind(String word, String lang) {
        String base = lang == null ? "" : lang.split("-")[0].toLowerCase(Locale.ROOT);
        Predicate<String> proper = PROPER_NOUN_TAG.get(base);
        Optional<Language> language = pool.language(lang);
        if (proper == null || language.isEmpty()) {
            return Kind.UNKNOWN;
        }
        String key = language.get().getShortCodeWithCountryAndVariant() + '\u0000' + word;
        Kind known = kinds.get(key);
        if (known != null) {
            return known;
        }
        Kind kind = tag(word, language.get(), proper);
        if (kinds.size() > CACHE_LIMIT) {
            kinds.clear();
        }
        kinds.put(key, kind);
        return kind;
    }

    /**
     * Whether the language's dictionary knows the word as written, as a name or otherwise ({@code Sweden} and
     * {@code Swedes} are two known words; {@code Swedden} is not one). False where the language has no tagger.
     */
    public boolean inDictionary(String word, String lang) {
        Optional<Language> language = pool.language(lang);
        if (language.isEmpty()) {
            return false;
        }
        String key = language.get().getShortCodeWithCountryAndVariant() + '\u0000' + word;
        Boolean cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        boolean found;
        try {
            found = language.get().getTagger().tag(List.of(word)).get(0).getReadings().stream()
                    .anyMatch(reading -> reading.getPOSTag() != null && !reading.getPOSTag().isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (known.size() > CACHE_LIMIT) {
            known.clear();
        }
        known.put(key, found);
        return found;
    }

    private static Kind tag(String word, Language language, Predicate<String> proper) {
        try {
            List<AnalyzedTokenReadings> tagged = language.getTagger().tag(List.of(word));
            boolean name = false;
            boolean common = false;
            for (AnalyzedToken reading : tagged.get(0)) {
                String tag = reading.getPOSTag();
                if (tag == null || tag.isBlank()) {
                    continue;
                }
                if (proper.test(tag)) {
                    name = true;
                } else {
                    common = true;
                }
            }
            return common ? (name ? Kind.EITHER : Kind.COMMON) : Kind.NAME;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
