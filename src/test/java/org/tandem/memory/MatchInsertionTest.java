package org.tandem.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A match's inline codes take the numbers of the segment's codes in the same places, or leave. */
class MatchInsertionTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Click ⟨1⟩Save⟨/1⟩.   | Klicken Sie auf ⟨1⟩Speichern⟨/1⟩.   | Press ⟨4⟩Save⟨/4⟩.   | Klicken Sie auf ⟨4⟩Speichern⟨/4⟩.
            Line⟨1/⟩break ⟨2/⟩   | Zeilen⟨1/⟩umbruch ⟨2/⟩              | Line⟨7/⟩ break⟨9/⟩   | Zeilen⟨7/⟩umbruch ⟨9/⟩
            Click ⟨1⟩Save⟨/1⟩.   | Klicken Sie auf ⟨1⟩Speichern⟨/1⟩.   | Click Save.          | Klicken Sie auf Speichern.
            Click ⟨1⟩Save⟨/1⟩.   | Klicken Sie auf ⟨1⟩Speichern⟨/1⟩.   | Click ⟨1/⟩ Save.     | Klicken Sie auf Speichern.
            Click Save.          | Klicken Sie auf Speichern.          | Click ⟨2⟩Save⟨/2⟩.   | Klicken Sie auf Speichern.
            """)
    void renumbers_codes_that_line_up_and_leaves_out_those_that_do_not(String unitSource, String unitTarget,
                                                                      String segmentSource, String expected) {
        MemoryUnit unit = new MemoryUnit(1, "en", "de", unitSource, unitTarget, null, null, "", "", Instant.EPOCH);
        assertThat(MemoryService.targetFor(unit, segmentSource)).isEqualTo(expected);
    }
}
