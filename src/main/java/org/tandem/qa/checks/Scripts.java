package org.tandem.qa.checks;

/** Scripts whose writing puts no spaces between words (Chinese, Japanese, Thai and their neighbours). */
final class Scripts {

    /** The scripts as the body of a regular-expression character class. */
    static final String WITHOUT_SPACES = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}"
            + "\\p{IsMyanmar}";

    private static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile("[" + WITHOUT_SPACES + "]");

    private Scripts() {
    }

    /** Whether the text has a character of a script written without spaces. */
    static boolean hasUnspaced(String text) {
        return ANY.matcher(text).find();
    }
}
