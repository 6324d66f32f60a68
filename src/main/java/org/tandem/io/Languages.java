package org.tandem.io;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** BCP 47 language tags as Tandem stores them: checked, in canonical case ({@code en-us} becomes {@code en-US}). */
public final class Languages {

    public static final String UNDETERMINED = "und";
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /**
     * @throws IllegalArgumentException naming the tag when it is not a well-formed tag of a known language
     */
    public static String canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("no language given");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("\"" + tag + "\" is not a BCP 47 language tag");
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || (language.length() == 2 && !ISO_639_1.contains(language))) {
            throw new IllegalArgumentException("\"" + tag + "\" names no known language");
        }
        return locale.toLanguageTag();
    }
}
