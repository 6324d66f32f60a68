package org.tandem.qa.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * A target identical to a source that has words to translate (not only names, numbers or codes), between two
 * different languages.
 */
@Component
public class UntranslatedCheck implements Check {

    @Override
    public String id() {
        return "untranslated";
    }

    @Override
    public String name() {
        return "Untranslated";
    }

    @Override
    public String description() {
        return "A target identical to a source that has words to translate.";
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        String source = pair.maskedSource().strip();
        String target = pair.maskedTarget().strip();
        if (target.isEmpty() || !source.equalsIgnoreCase(target) || pair.sourceLanguage().equals(pair.targetLanguage())) {
            return List.of();
        }
        List<Words.Word> words = Words.of(source);
        boolean translatable = words.stream().anyMatch(w -> w.text().length() >= 3 && !w.capitalised())
                || words.size() == 1 && words.get(0).text().length() >= 4;
        if (!translatable) {
            return List.of();
        }
        return List.of(new Issue(id(), Categories.UNTRANSLATED, Severity.MAJOR, 0, pair.target().length(),
                "The target is the source text, untranslated.", List.of(), "untranslated"));
    }
}
