package org.tandem.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Inflected forms that a language's tagger derives from a known word although its spelling dictionary lists them
 * not: LanguageTool's German speller lacks comparatives and superlatives in some cases ({@code ungleicheren},
 * {@code fassbarsten}) that its tagger reads as forms of {@code ungleich}, {@code fassbar}. Only the readings in
 * the table count: the tagger also splits compounds and derives verbs from invented ones ({@code umgelinst} from
 * {@code umlinsen}), which must stay spelling findings.
 */
@Component
public class KnownForms {

    /** Tags of readings that make a word a known form, by language (LanguageTool's tag sets). */
    static final Map<String, List<String>> FORM_TAGS = Map.of("de", List.of("ADJ:"));

    private final WordTags tags;

    public KnownForms(WordTags tags) {
        this.tags = tags;
    }

    /** Whether the tagger reads the word, as written, as a form of a known word of the kinds the table lists. */
    public boolean known(String word, String lang) {
        List<String> forms = FORM_TAGS.get(lang == null ? "" : lang.split("-")[0].toLowerCase(Locale.ROOT));
        return forms != null && tags.of(word, lang).map(found -> found.stream()
                .anyMatch(tag -> forms.stream().anyMatch(tag::startsWith))).orElse(false);
    }
}
