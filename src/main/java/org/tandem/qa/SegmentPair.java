package org.tandem.qa;

import java.util.Locale;
import org.tandem.markup.Placeholders;

/**
 * What a segment check sees: source and target as stored (with inline-code tokens), their languages and the
 * terminology of the document's termbases.
 * Checks look at {@link #maskedTarget()}, in which every token character is U+FFFC, so that offsets stay those of
 * the stored target and no pattern ever matches inside a code.
 */
public record SegmentPair(String source, String target, String sourceLang, String targetLang,
                          Terminology terminology) {

    public static final char MASK = '\uFFFC';

    public SegmentPair {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        terminology = terminology == null ? Terminology.NONE : terminology;
    }

    /** A pair checked without termbases. */
    public SegmentPair(String source, String target, String sourceLang, String targetLang) {
        this(source, target, sourceLang, targetLang, Terminology.NONE);
    }

    public String maskedSource() {
        return mask(source);
    }

    public String maskedTarget() {
        return mask(target);
    }

    public Locale sourceLocale() {
        return Locale.forLanguageTag(sourceLang);
    }

    public Locale targetLocale() {
        return Locale.forLanguageTag(targetLang);
    }

    /** The primary language subtag of the target, e.g. {@code en}. */
    public String targetLanguage() {
        return targetLocale().getLanguage();
    }

    public String sourceLanguage() {
        return sourceLocale().getLanguage();
    }

    static String mask(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            for (int i = token.start(); i < token.end(); i++) {
                sb.setCharAt(i, MASK);
            }
        }
        return sb.toString();
    }
}
