package org.tandem.memory;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * The language pair a lookup matches on: language and script of each side (en-US and en-GB are both {@code en-latn},
 * zh-CN is {@code zh-hans} and zh-TW {@code zh-hant}), so that work in one variety serves another of the same
 * writing, never a different script.
 */
record Bases(String source, String target) {

    static Bases of(String sourceLang, String targetLang) {
        return new Bases(base(sourceLang), base(targetLang));
    }

    /** Language and likely script of a tag, lower case; a tag that names no language stays as given, lower case. */
    static String base(String tag) {
        String clean = tag == null ? "" : tag.strip().replace('_', '-');
        ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(clean));
        if (locale.getLanguage().isEmpty()) {
            return clean.toLowerCase(Locale.ROOT);
        }
        String script = locale.getScript();
        return (locale.getLanguage() + (script.isEmpty() ? "" : "-" + script)).toLowerCase(Locale.ROOT);
    }
}
