package org.tandem.qa;

/**
 * A term of a termbase as checks see it.
 *
 * @param conceptKey identifies the concept across termbases (e.g. {@code 3:17}): terms with one key are synonyms
 */
public record TermEntry(String conceptKey, String lang, String text, Usage usage, boolean caseSensitive) {

    /** How a translation may use the term. */
    public enum Usage {
        PREFERRED, ADMITTED, DEPRECATED, FORBIDDEN;

        public boolean allowed() {
            return this == PREFERRED || this == ADMITTED;
        }
    }
}
