package org.tandem.qa;

import java.util.Locale;

/**
 * The category of an issue, as an MQM 2.0 path ({@code dimension/type}, kebab-case as in the typology), so that an
 * issue and a reviewer's MQM error speak one vocabulary; and the one table from ITS 2.0 issue types (LanguageTool's,
 * another tool's) to it.
 */
public final class Categories {

    public static final String MISTRANSLATION = "accuracy/mistranslation";
    public static final String OMISSION = "accuracy/omission";
    public static final String UNTRANSLATED = "accuracy/untranslated";
    public static final String SPELLING = "linguistic-conventions/spelling";
    public static final String GRAMMAR = "linguistic-conventions/grammar";
    public static final String PUNCTUATION = "linguistic-conventions/punctuation";
    public static final String TEXTUAL_CONVENTIONS = "linguistic-conventions/textual-conventions";
    public static final String NUMBER_FORMAT = "locale-conventions/number-format";
    public static final String LOCALE_OTHER = "locale-conventions/other";
    public static final String TERMBASE = "terminology/inconsistent-with-termbase";
    public static final String INCONSISTENT_TERMS = "terminology/inconsistent-use-of-terminology";
    public static final String MARKUP_TAG = "design-and-markup/markup-tag";

    private Categories() {
    }

    /** The MQM 2.0 category of an ITS 2.0 Localization Quality Issue type. */
    public static String ofIts(String itsType) {
        String t = itsType == null ? "" : itsType.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "mistranslation", "omission", "addition", "untranslated" -> "accuracy/" + t;
            case "terminology" -> "terminology/wrong-term";
            case "misspelling" -> SPELLING;
            case "grammar" -> GRAMMAR;
            case "typographical" -> PUNCTUATION;
            case "whitespace", "duplication" -> TEXTUAL_CONVENTIONS;
            case "characters" -> "linguistic-conventions/character-encoding";
            case "style" -> "style/awkward-style";
            case "inconsistency" -> "style/inconsistent-style";
            case "register" -> "style/language-register";
            case "numbers" -> NUMBER_FORMAT;
            case "locale-violation", "locale-specific-content" -> LOCALE_OTHER;
            case "markup" -> MARKUP_TAG;
            case "formatting", "length" -> "design-and-markup/other";
            default -> "linguistic-conventions/other";
        };
    }
}
