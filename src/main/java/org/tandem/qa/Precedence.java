package org.tandem.qa;

/**
 * How a check's issues give way to other checks' on the same text, so that one problem is reported once, by the
 * check that explains it best: an issue is dropped where an issue of a higher precedence overlaps it, or where one
 * of the same precedence, found first, covers the same span.
 */
public enum Precedence {
    /** A general-purpose library's finding (LanguageTool): Tandem's own checks explain more where they overlap. */
    GENERAL,
    /** Tandem's own checks of one kind of error. */
    SPECIFIC,
    /** The document's termbases: the editors' word on how a term is written. */
    TERMINOLOGY
}
