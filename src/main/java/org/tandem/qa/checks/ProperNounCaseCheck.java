package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.language.ProperNouns;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A proper noun in lower case: a lower-case target word that renders a capitalised name of the source
 * ({@code Kiev} → {@code kyiv}, {@code Moscú} → {@code moscow}), matched by spelling closeness or by the same
 * consonant skeleton, which survives transliteration. A word the target language knows in lower case ({@code sein}
 * for {@code Sun}, {@code man} for German {@code Mann}) is an ordinary word, not a name.
 */
@Component
public class ProperNounCaseCheck implements Check {

    private final ProperNouns properNouns;

    public ProperNounCaseCheck(ProperNouns properNouns) {
        this.properNouns = properNouns;
    }

    @Override
    public String id() {
        return "proper-noun-case";
    }

    @Override
    public String name() {
        return "Proper noun in lower case";
    }

    @Override
    public String description() {
        return "A lower-case word rendering a name the source capitalises (kyiv for Kiev).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<Words.Word> names = Words.of(pair.maskedSource()).stream()
                .filter(w -> w.capitalised() && !w.sentenceStart() && w.text().length() >= 3)
                .toList();
        if (names.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (Words.Word word : Words.of(pair.maskedTarget())) {
            if (!word.lowercase() || word.text().length() < 3) {
                continue;
            }
            for (Words.Word name : names) {
                if (rendersName(word.text(), name.text())
                        && !ordinaryWord(word.text(), pair.targetLang())) {
                    issues.add(new Issue(id(), Categories.SPELLING, Severity.MINOR, word.start(), word.end(),
                            "“" + word.text() + "” renders the name “" + name.text()
                                    + "” of the source: proper nouns are capitalised.",
                            List.of(Words.capitalise(word.text())), "misspelling"));
                    break;
                }
            }
        }
        return issues;
    }

    private boolean ordinaryWord(String word, String lang) {
        ProperNouns.Kind kind = properNouns.kind(word, lang);
        return kind == ProperNouns.Kind.COMMON || kind == ProperNouns.Kind.EITHER;
    }

    private static boolean rendersName(String word, String name) {
        String w = Words.fold(word);
        String n = Words.fold(name);
        if (w.charAt(0) != n.charAt(0) || Math.abs(w.length() - n.length()) > 2) {
            return false;
        }
        if (w.equals(n)) {
            return true;
        }
        String ws = Words.skeleton(word);
        return Words.distance(word, name) <= 1 && w.length() >= 4
                || ws.length() >= 2 && ws.equals(Words.skeleton(name)) && w.length() <= 8;
    }
}
