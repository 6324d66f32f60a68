package org.tandem.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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
    private final WordTags tags;

    public ProperNouns(WordTags tags) {
        this.tags = tags;
    }

    /** What the word, as written, is in the language. */
    public Kind kind(String word, String lang) {
        String base = lang == null ? "" : lang.split("-")[0].toLowerCase(Locale.ROOT);
        Predicate<String> proper = PROPER_NOUN_TAG.get(base);
        Optional<List<String>> tagged = tags.of(word, lang);
        if (proper == null || tagged.isEmpty()) {
            return Kind.UNKNOWN;
        }
        boolean name = tagged.get().stream().anyMatch(proper);
        boolean common = tagged.get().stream().anyMatch(proper.negate());
        return common ? (name ? Kind.EITHER : Kind.COMMON) : Kind.NAME;
    }

    /**
     * Whether the language's dictionary knows the word as written, as a name or otherwise ({@code Sweden} and
     * {@code Swedes} are two known words; {@code Swedden} is not one). False where the language has no tagger.
     */
    public boolean inDictionary(String word, String lang) {
        return tags.of(word, lang).map(found -> !found.isEmpty()).orElse(false);
    }
}
