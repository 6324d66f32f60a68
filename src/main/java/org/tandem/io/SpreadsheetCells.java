package org.tandem.io;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or
 * carriage return first) are written with a leading apostrophe, which spreadsheets show as text (OWASP's advice
 * against CSV injection). A value that already starts with apostrophes before such a character gets one more, so
 * that reading Tandem's own file back ({@link #restore}) gives every value exactly as it was.
 */
public final class SpreadsheetCells {

    private static final Pattern RISKY = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private SpreadsheetCells() {
    }

    /** The value as a spreadsheet-safe cell. */
    public static String neutralise(String value) {
        return value != null && RISKY.matcher(value).find() ? "'" + value : value;
    }

    /** The value a {@link #neutralise}d cell stood for. */
    public static String restore(String cell) {
        return cell != null && NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
