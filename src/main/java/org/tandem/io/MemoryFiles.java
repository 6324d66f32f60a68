package org.tandem.io;

import org.springframework.stereotype.Service;
import org.tandem.io.tmx.TmxReader;
import org.tandem.io.tmx.TmxWriter;

/** Translation-memory files: TMX 1.4b in (also 1.1–1.3 as CAT tools write them) and out. Nothing here stores. */
@Service
public class MemoryFiles {

    /**
     * Reads a TMX file into pairs, source language first.
     *
     * @throws ImportException naming the file and the problem (not XML, not TMX, no pair in it, a DTD entity)
     */
    public MemoryData read(String fileName, byte[] bytes) {
        return TmxReader.read(fileName, bytes);
    }

    /** A TMX 1.4b document of the units, all in one language pair. */
    public byte[] write(String sourceLang, String targetLang, Iterable<MemoryData.Unit> units) {
        return TmxWriter.write(sourceLang, targetLang, units);
    }
}
