package org.tandem.base.web;

import java.util.Locale;

/** Values longer than the database keeps, or holding NUL, are refused where they enter, naming the field. */
public final class FieldLength {

    private FieldLength() {
    }

    /**
     * The message for a value over its limit or holding a NUL character (which no text has and PostgreSQL cannot
     * store), or null when it fits (null values fit).
     */
    public static String problem(String field, String value, int max) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            return "The " + field + " holds a NUL character (U+0000), which no text has.";
        }
        if (value == null || value.length() <= max) {
            return null;
        }
        return String.format(Locale.ROOT, "The %s has %d characters; at most %d are kept.", field, value.length(),
                max);
    }

    /**
     * @throws BadRequestException (REST: 400) when {@code value} is longer than {@code max} characters
     */
    public static void require(String field, String value, int max) {
        String problem = problem(field, value, max);
        if (problem != null) {
            throw new BadRequestException(problem);
        }
    }
}
