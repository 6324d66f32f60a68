package org.tandem.document;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/** An upload over the configured limit ({@code tandem.import.max-file-size}); REST: 413. */
public class FileTooLargeException extends ProblemException {

    public FileTooLargeException(String fileName, long size, long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", fileName + ": the file is " + megabytes(size)
                + ", over the import limit of " + megabytes(limit) + " (tandem.import.max-file-size)");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
