package org.tandem.document;

/** A file to download. */
public record ExportedFile(String fileName, String mediaType, byte[] content) {
}
