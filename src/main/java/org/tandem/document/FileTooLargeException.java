package org.tandem.document;

/** An upload over the configured limit ({@code tandem.import.max-file-size}). */
public class FileTooLargeException extends RuntimeException {
    public FileTooLargeException(String fileName, long size, long limit) {
        super(fileName + ": the file is " + megabytes(size) + ", over the import limit of " + megabytes(limit)
                + " (tandem.import.max-file-size)");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
