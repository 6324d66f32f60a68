package org.tandem.review;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The evaluation word count of MQM: words of the source as ICU's word break rules for its language find them
 * (dictionary-based where words are not separated by spaces); numbers count as words, punctuation does not.
 */
final class WordCount {

    private WordCount() {
    }

    static int of(String text, String language) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
