package org.tandem.review;

import java.util.Locale;

/** MQM 2.0 dimensions and types to ITS 2.0 Localization Quality Issue types and severities, and back. */
final class ItsTypes {

    static final String MQM_PROFILE = "urn:tandem:mqm:";

    private ItsTypes() {
    }

    static String itsType(MqmDimension dimension, String type) {
        return switch (dimension) {
            case TERMINOLOGY -> "terminology";
            case ACCURACY -> switch (type) {
                case "omission", "addition", "untranslated" -> type;
                default -> "mistranslation";
            };
            case LINGUISTIC_CONVENTIONS -> switch (type) {
                case "grammar" -> "grammar";
                case "spelling" -> "misspelling";
                case "punctuation", "textual-conventions" -> "typographical";
                case "character-encoding" -> "characters";
                default -> "other";
            };
            case STYLE -> "language-register".equals(type) ? "register" : "style";
            case LOCALE_CONVENTIONS -> "number-format".equals(type) ? "numbers" : "locale-violation";
            case AUDIENCE_APPROPRIATENESS -> "locale-specific-content";
            case DESIGN_AND_MARKUP -> "markup-tag".equals(type) ? "markup" : "formatting";
        };
    }

    /** Dimension and type for another tool's ITS issue type. */
    static String[] mqm(String itsType) {
        String t = itsType == null ? "" : itsType.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "mistranslation", "omission", "addition", "untranslated" -> new String[] {"accuracy", t};
            case "terminology" -> new String[] {"terminology", "wrong-term"};
            case "misspelling" -> new String[] {"linguistic-conventions", "spelling"};
            case "grammar" -> new String[] {"linguistic-conventions", "grammar"};
            case "typographical", "whitespace", "duplication" -> new String[] {"linguistic-conventions",
                    "textual-conventions"};
            case "characters" -> new String[] {"linguistic-conventions", "character-encoding"};
            case "style", "inconsistency" -> new String[] {"style", "inconsistent-style"};
            case "register" -> new String[] {"style", "language-register"};
            case "numbers" -> new String[] {"locale-conventions", "number-format"};
            case "locale-violation", "locale-specific-content" -> new String[] {"locale-conventions", "other"};
            case "markup", "formatting", "length" -> new String[] {"design-and-markup",
                    "markup".equals(t) ? "markup-tag" : "other"};
            default -> new String[] {"linguistic-conventions", "other"};
        };
    }
}
