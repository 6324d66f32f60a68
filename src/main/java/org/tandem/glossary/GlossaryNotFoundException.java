package org.tandem.glossary;

/** No termbase with that id. */
public class GlossaryNotFoundException extends RuntimeException {

    public GlossaryNotFoundException(long id) {
        super("no termbase " + id);
    }
}
