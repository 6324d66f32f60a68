package org.tandem.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.Language;
import org.springframework.stereotype.Component;

/**
 * The part-of-speech tags LanguageTool's tagger gives one word as written, out of context, cached: what the checks
 * ask of single words (is it a name, a known form, a dictionary word).
 */
@Component
public class WordTags {

    private static final int CACHE_LIMIT = 100_000;

    private final LanguageToolPool pool;
    private final Map<String, List<String>> tags = new ConcurrentHashMap<>();

    public WordTags(LanguageToolPool pool) {
        this.pool = pool;
    }

    /** The word's tags in the language (none for an unknown word); empty when LanguageTool lacks the language. */
    public Optional<List<String>> of(String word, String lang) {
        Optional<Language> language = pool.language(lang);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        String key = language.get().getShortCodeWithCountryAndVariant() + '\u0000' + word;
        List<String> known = tags.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        List<String> found;
        try {
            found = language.get().getTagger().tag(List.of(word)).get(0).getReadings().stream()
                    .map(AnalyzedToken::getPOSTag).filter(Objects::nonNull).filter(tag -> !tag.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tags.size() > CACHE_LIMIT) {
            tags.clear();
        }
        tags.put(key, found);
        return Optional.of(found);
    }
}
