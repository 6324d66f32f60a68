package org.tandem.io;

import java.time.Instant;
import java.util.List;

/**
 * Translation units as a TMX file holds them, one source and one target each (a unit with several targets gives one
 * per target language); the exchange form between TMX files and the translation memory. Inline codes are Tandem's
 * placeholder tokens ({@code ⟨1⟩…⟨/1⟩}, {@code ⟨2/⟩}), numbered per unit.
 *
 * @param skipped units the file has that hold no pair (a single language, an empty segment), with why
 */
public record MemoryData(String sourceLang, List<Unit> units, List<String> skipped) {

    public MemoryData {
        units = List.copyOf(units);
        skipped = List.copyOf(skipped);
    }

    /**
     * One unit.
     *
     * @param createdBy who made it ({@code changeid}, else {@code creationid}); empty when the file does not say
     * @param createdAt when ({@code changedate}, else {@code creationdate}); null when the file does not say
     * @param origin    where it comes from: the document it was approved in, or a file's {@code x-document} property
     */
    public record Unit(String sourceLang, String targetLang, String source, String target, String createdBy,
                       Instant createdAt, String origin) {
        public Unit {
            createdBy = createdBy == null ? "" : createdBy;
            origin = origin == null ? "" : origin;
        }
    }
}
