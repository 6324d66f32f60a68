package org.tandem.markup;

/**
 * One inline code of a segment, shown to the user as a placeholder token and written back as the original XML.
 *
 * @param number the placeholder number; an opening and its closing code share it
 * @param kind   whether the token opens, closes or stands alone
 * @param name   the XLIFF element name (g, x, bpt, pc, sc…), for display
 * @param xml    the exact XML this token stands for (a start tag, an end tag or a whole element)
 */
public record InlineCode(int number, Kind kind, String name, String xml) {

    public enum Kind { OPEN, CLOSE, EMPTY }

    /** The token as it appears in segment text. */
    public String token() {
        return switch (kind) {
            case OPEN -> "" + Placeholders.LEFT + number + Placeholders.RIGHT;
            case CLOSE -> "" + Placeholders.LEFT + "/" + number + Placeholders.RIGHT;
            case EMPTY -> "" + Placeholders.LEFT + number + "/" + Placeholders.RIGHT;
        };
    }
}
