package org.tandem.qa.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A target still written in the source language (a machine translation that passed a sentence through, or a
 * paste of the wrong text): judged by function words, which every sentence of a language is full of and which
 * differ between languages. Needs five words or more, and lists for both languages.
 */
@Component
public class SourceLanguageLeftCheck implements Check {

    private static final int MIN_WORDS = 5;
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are",
                    "be", "this", "by", "from", "at", "or", "have", "has", "not", "but", "which", "they", "we", "you",
                    "he", "she", "will", "would", "there", "their", "been", "were", "an", "its", "who", "said"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para",
                    "es", "se", "no", "su", "sus", "al", "lo", "como", "más", "pero", "ha", "han", "fue", "este",
                    "esta", "entre", "sobre", "también", "dijo", "sin", "ya", "muy", "según", "desde", "hasta"),
            "pt", Set.of("o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "no", "na", "um",
                    "uma", "por", "com", "para", "se", "não", "seu", "sua", "ao", "como", "mais", "mas", "foi",
                    "este", "esta", "entre", "sobre", "também", "disse", "sem", "já", "muito", "segundo", "até"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "que", "qui", "en", "un", "une", "pour", "par",
                    "avec", "est", "sont", "se", "ne", "pas", "son", "sa", "ses", "au", "aux", "dans", "sur", "mais",
                    "plus", "comme", "il", "elle", "ils", "a", "été", "cette", "ce", "entre", "aussi", "selon"),
            "de", Set.of("der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "nicht", "ein", "eine",
                    "einen", "einem", "zu", "mit", "von", "auf", "für", "im", "in", "sich", "auch", "es", "er", "sie",
                    "wir", "dass", "wurde", "werden", "hat", "haben", "als", "aus", "bei", "nach", "wie", "oder"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "in", "un", "una", "per",
                    "con", "non", "si", "è", "sono", "al", "alla", "come", "più", "ma", "ha", "hanno", "questo",
                    "questa", "tra", "anche", "sul", "dei", "delle", "nel", "nella", "secondo"),
            "nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor",
                    "niet", "aan", "er", "om", "ook", "als", "bij", "maar", "nog", "wordt", "werd", "heeft", "hebben",
                    "door", "over", "naar", "uit", "dit", "deze", "ze", "hij", "zij", "wij"));

    @Override
    public String id() {
        return "target-in-source-language";
    }

    @Override
    public String name() {
        return "Target in source language";
    }

    @Override
    public String description() {
        return "A target still written in the source language.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        Set<String> sourceWords = FUNCTION_WORDS.get(pair.sourceLanguage());
        Set<String> targetWords = FUNCTION_WORDS.get(pair.targetLanguage());
        if (sourceWords == null || targetWords == null || pair.sourceLanguage().equals(pair.targetLanguage())) {
            return List.of();
        }
        List<Words.Word> words = Words.of(pair.maskedTarget());
        if (words.size() < MIN_WORDS) {
            return List.of();
        }
        long inSource = 0;
        long inTarget = 0;
        for (Words.Word word : words) {
            String w = word.text().toLowerCase(pair.targetLocale());
            boolean s = sourceWords.contains(w);
            boolean t = targetWords.contains(w);
            if (s && !t) {
                inSource++;
            } else if (t && !s) {
                inTarget++;
            }
        }
        if (inSource < 3 || inSource < 3 * inTarget || inSource * 5 < words.size()) {
            return List.of();
        }
        String language = pair.sourceLocale().getDisplayLanguage(java.util.Locale.ENGLISH);
        return List.of(new Issue(id(), Categories.UNTRANSLATED, Severity.MAJOR, 0, pair.target().length(),
                "The target looks like " + language + ", the source language, not a translation.", List.of(),
                "untranslated"));
    }
}
