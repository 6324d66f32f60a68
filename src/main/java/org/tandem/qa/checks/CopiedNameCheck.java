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
 * A name of the source copied into the target with a slip inside it ({@code Kekerattsusiak} for
 * {@code Kekertsuatsiak}): the same script, the same first and last two letters, at most one edit in three, and a
 * target word the target language's dictionary does not know. Languages adapt a name at its ends ({@code Zelenski} →
 * {@code Zelensky}, {@code Moscú} → {@code Moscow}); its middle they copy.
 */
@Component
public class CopiedNameCheck implements Check {

    private static final int MIN_LENGTH = 7;

    private final ProperNouns properNouns;

    public CopiedNameCheck(ProperNouns properNouns) {
        this.properNouns = properNouns;
    }

    @Override
    public String id() {
        return "name-copied";
    }

    @Override
    public String name() {
        return "Misspelt name";
    }

    @Override
    public String description() {
        return "A name of the source copied with a slip inside it (Kekerattsusiak for Kekertsuatsiak).";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<Words.Word> names = Words.of(pair.maskedSource()).stream()
                .filter(w -> w.capitalised() && w.text().length() >= MIN_LENGTH)
                .filter(w -> !pair.maskedTarget().contains(w.text()))
                .filter(w -> properNouns.kind(w.text(), pair.sourceLang()) != ProperNouns.Kind.COMMON)
                .toList();
        if (names.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (Words.Word word : Words.of(pair.maskedTarget())) {
            for (Words.Word name : names) {
                if (slip(word.text(), name.text()) && !pair.maskedSource().contains(word.text())
                        && !properNouns.inDictionary(word.text(), pair.targetLang())) {
                    issues.add(new Issue(id(), Categories.SPELLING, Severity.MAJOR, word.start(), word.end(),
                            "“" + word.text() + "” looks like the source's name “" + name.text()
                                    + "” with a slip inside it.", List.of(name.text()), "misspelling"));
                    break;
                }
            }
        }
        return issues;
    }

    private static boolean slip(String word, String name) {
        if (word.equals(name) || word.length() < MIN_LENGTH - 1 || !word.regionMatches(0, name, 0, 2)
                || !word.regionMatches(word.length() - 2, name, name.length() - 2, 2)
                || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.of(name.codePointAt(0))) {
            return false;
        }
        int edits = Words.distance(word, name);
        return edits >= 1 && edits * 3 <= Math.max(word.length(), name.length());
    }
}
