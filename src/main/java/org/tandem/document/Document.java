package org.tandem.document;

import java.time.Instant;
import java.util.List;
import org.tandem.io.DocumentFormat;

/**
 * A document as listed: its languages, format and progress.
 *
 * @param reviewed how many segments are reviewed or approved
 * @param warnings what the import tolerated (shown to the user once)
 */
public record Document(long id, String name, String sourceLang, String targetLang, DocumentFormat format,
                       int segmentCount, int reviewed, List<String> warnings, Instant createdAt, Instant updatedAt) {

    public boolean isTextPair() {
        return format == DocumentFormat.TEXT_PAIR;
    }
}
