package org.tandem.io;

/** The format a document was imported from; export writes the same. */
public enum DocumentFormat {
    XLIFF_1, XLIFF_2, TEXT_PAIR
}
