package org.tandem.document;

/**
 * A document was imported with segments its file marks reviewed or approved: published inside the import
 * transaction; listeners that do more than a little work act after it commits, in transactions of their own.
 */
public record ReviewedSegmentsImported(long documentId, String who) {
}
