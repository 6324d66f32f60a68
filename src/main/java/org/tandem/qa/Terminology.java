package org.tandem.qa;

import java.util.List;

/**
 * The termbases a document is checked against, as the glossary check and name consistency use them. Implemented
 * by the glossary feature; {@link #NONE} where no termbase applies.
 */
public interface Terminology {

    Terminology NONE = new Terminology() {
        @Override
        public String fingerprint() {
            return "";
        }

        @Override
        public List<TermMatch> find(String text, String lang) {
            return List.of();
        }

        @Override
        public List<TermEntry> entries(String conceptKey, String lang) {
            return List.of();
        }
    };

    /** Changes whenever a term of these termbases changes, so that cached check results are not reused. */
    String fingerprint();

    /**
     * The terms of the language in a text, longest match first, matched by lemma (inflected forms count) and by
     * each term's case sensitivity; matches do not overlap, but one span may match entries of several concepts.
     */
    List<TermMatch> find(String text, String lang);

    /** The terms of a concept in a language, preferred ones first. */
    List<TermEntry> entries(String conceptKey, String lang);
}
