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
}
