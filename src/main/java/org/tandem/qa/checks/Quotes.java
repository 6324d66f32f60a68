package org.tandem.qa.checks;

/** Double quotation marks and which of them open or close in a language. */
final class Quotes {

    static final String DOUBLE = "\"“”„«»‟";

    private Quotes() {
    }

    static boolean isQuote(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    /**
     * Whether the quote at {@code index} closes a quotation. Straight quotes alternate; typographic ones depend on
     * the language ({@code “} opens in English and closes in German).
     */
    static boolean closes(String text, int index, String language) {
        char c = text.charAt(index);
        return switch (c) {
            case '"' -> {
                boolean letterBefore = index > 0 && Character.isLetterOrDigit(text.charAt(index - 1));
                boolean letterAfter = index + 1 < text.length() && Character.isLetterOrDigit(text.charAt(index + 1));
                if (!letterAfter && (letterBefore || index > 0 && ".,!?;:…)".indexOf(text.charAt(index - 1)) >= 0)) {
                    yield true;
                }
                if (!letterBefore && letterAfter) {
                    yield false;
                }
                int before = 0;
                for (int i = 0; i < index; i++) {
                    if (text.charAt(i) == '"') {
                        before++;
                    }
                }
                yield before % 2 == 1;
            }
            case '”' -> true;
            case '»' -> !"de".equals(language) && !"da".equals(language);
            case '«' -> "de".equals(language) || "da".equals(language);
            case '“' -> "de".equals(language) || "cs".equals(language) || "sk".equals(language);
            default -> false;
        };
    }

    /**
     * For a straight quote glued on both sides ({@code part"declared}), whether it closes: the source shows a
     * quotation closing before a lower-case word ({@code parte», declaró}) — else alternation decides.
     */
    static boolean closesGlued(String text, int index, String language, String source) {
        if (text.charAt(index) == '"' && java.util.regex.Pattern.compile("[\"”»“][,.;:]?\\s+\\p{Ll}").matcher(source).find()) {
            return true;
        }
        return closes(text, index, language);
    }

    static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isQuote(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
