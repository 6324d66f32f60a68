package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file a segment belongs to and its unit's notes are read from XLIFF 1.2 and 2.x, Tandem's comments apart. */
class SegmentContextTest {

    private final TranslationFiles files = new TranslationFiles();

    @ParameterizedTest(name = "XLIFF {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2 | <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="menu.rc" source-language="en" target-language="de" datatype="plaintext"><body><trans-unit id="u1"><source>Open</source><target>Öffnen</target><note from="dev">Menu item, at most 10 characters.</note><note xmlns:t="urn:tandem:review" t:comment="1">A comment.</note></trans-unit></body></file></xliff>
            2.0 | <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de"><file id="f1" original="menu.rc"><unit id="u1"><notes><note category="dev">Menu item, at most 10 characters.</note></notes><segment><source>Open</source><target>Öffnen</target></segment></unit></file></xliff>
            """)
    void reads_the_file_and_the_notes_of_each_unit(String version, String xliff) {
        ParsedDocument doc = files.readXliff("menu." + version + ".xlf", xliff.getBytes(StandardCharsets.UTF_8), null,
                false);

        SegmentContext context = doc.segments().get(0).context();
        assertThat(context.file()).isEqualTo("menu.rc");
        assertThat(context.notes()).singleElement().asString().endsWith("Menu item, at most 10 characters.");
        assertThat(doc.segments().get(0).review().notes()).hasSize(version.equals("1.2") ? 1 : 0);
        assertThat(List.of(context.notes().get(0))).noneMatch(n -> n.contains("A comment"));
    }
}
