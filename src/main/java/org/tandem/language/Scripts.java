package org.tandem.language;

/** Scripts whose writing puts no spaces between words (Chinese, Japanese, Thai and their neighbours). */
public final class Scripts {

    private static final java.util.Set<Character.UnicodeScript> SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MYANMAR);

    /** The scripts as the body of a regular-expression character class. */
    public static final String WITHOUT_SPACES = SCRIPTS.stream().map(script -> "\\p{Is" + script.name() + "}")
            .collect(java.util.stream.Collectors.joining());

    private static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile("[" + WITHOUT_SPACES + "]");

    private Scripts() {
    }

    /** Whether the text has a character of a script written without spaces. */
    public static boolean hasUnspaced(String text) {
        return ANY.matcher(text).find();
    }

    /** Whether the character belongs to a script written without spaces. */
    public static boolean unspaced(int codePoint) {
        return SCRIPTS.contains(Character.UnicodeScript.of(codePoint));
    }
}
