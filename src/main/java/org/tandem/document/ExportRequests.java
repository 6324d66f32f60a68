package org.tandem.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tandem.base.web.BadRequestException;
import org.tandem.io.TranslationFiles;

/** What an export call asks for and what it answers, shared by the plain export and the one with review data. */
public final class ExportRequests {

    private ExportRequests() {
    }

    /** The export format a request names ({@code xliff}, {@code xliff12}, {@code text}…; none: the original's). */
    public static TranslationFiles.ExportFormat format(String format) {
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "", "original", "xliff" -> TranslationFiles.ExportFormat.ORIGINAL;
            case "xliff2", "xliff21" -> TranslationFiles.ExportFormat.XLIFF_2;
            case "xliff12", "xliff1" -> TranslationFiles.ExportFormat.XLIFF_1;
            case "text", "txt" -> TranslationFiles.ExportFormat.TEXT;
            default -> throw new BadRequestException("Unknown export format \"" + format
                    + "\": use xliff, xliff12 or text.");
        };
    }

    /** A file as an attachment. */
    public static ResponseEntity<byte[]> attachment(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
