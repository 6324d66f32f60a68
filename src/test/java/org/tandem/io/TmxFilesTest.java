package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TMX as memoQ, Trados Studio and OmegaT write it, in and out through Okapi (hostile TMX: HostileXmlTest). */
class TmxFilesTest {

    private final MemoryFiles files = new MemoryFiles();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TmxFilesTest.class.getResourceAsStream("/tmx/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void reads_a_memoq_file_with_codes_people_and_dates_and_leaves_out_a_unit_without_target() throws IOException {
        MemoryData data = files.read("client.tmx", resource("memoq-style.tmx"));
        assertThat(data.sourceLang()).isEqualTo("en-US");
        assertThat(data.units()).extracting(MemoryData.Unit::sourceLang, MemoryData.Unit::targetLang,
                        MemoryData.Unit::source, MemoryData.Unit::target)
                .containsExactly(
                        tuple("en-US", "de-DE", "Click ⟨1⟩Save⟨/1⟩ to keep your changes.",
                                "Klicken Sie auf ⟨1⟩Speichern⟨/1⟩, um Ihre Änderungen zu behalten."),
                        tuple("en-US", "de-DE", "The file was saved.⟨1/⟩", "Die Datei wurde gespeichert.⟨1/⟩"),
                        tuple("en-US", "de-DE", "Fish & chips", "Fisch & Pommes"));
        MemoryData.Unit first = data.units().get(0);
        assertThat(first.createdBy()).as("the last change's author").isEqualTo("berta");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2024-04-01T08:00:00Z"));
        assertThat(data.units().get(1).createdBy()).isEqualTo("anna");
        assertThat(data.units().get(2).createdAt()).isNull();
        assertThat(data.skipped()).hasSize(1).first().asString().contains("no target");
    }

    @Test
    void reads_trados_utf16_with_empty_paired_codes_and_japanese() throws IOException {
        MemoryData data = files.read("studio.tmx", resource("trados-utf16.tmx"));
        assertThat(data.units()).singleElement().satisfies(u -> {
            assertThat(u.source()).isEqualTo("Press the ⟨1⟩red⟨/1⟩ button twice.");
            assertThat(u.target()).isEqualTo("⟨1⟩赤い⟨/1⟩ボタンを2回押します。");
            assertThat(u.targetLang()).isEqualTo("ja-JP");
            assertThat(u.createdBy()).isEqualTo("TRADOS\\\\anna");
        });
    }

    @Test
    void a_file_for_all_languages_gives_one_pair_per_target_from_the_first_variant() throws IOException {
        MemoryData data = files.read("omegat.tmx", resource("all-languages.tmx"));
        assertThat(data.sourceLang()).isEqualTo("es");
        assertThat(data.units()).extracting(MemoryData.Unit::targetLang, MemoryData.Unit::target)
                .containsExactlyInAnyOrder(tuple("en-GB", "The house is white."),
                        tuple("fr", "La maison est blanche."), tuple("en-GB", "The dog is sleeping."));
    }

    @Test
    void what_tandem_writes_okapi_reads_back_unit_for_unit() {
        List<MemoryData.Unit> units = List.of(
                new MemoryData.Unit("en-US", "de-DE", "Click ⟨1⟩Save⟨/1⟩ & go<on>", "Auf ⟨1⟩Speichern⟨/1⟩ & weiter",
                        "anna", Instant.parse("2026-01-02T03:04:05Z"), "Manual.xlf"),
                new MemoryData.Unit("en-US", "de-AT", "Line⟨2/⟩break", "Zeilen⟨2/⟩umbruch", "", null, ""));
        byte[] tmx = files.write("en-US", "de-DE", units);
        String text = new String(tmx, StandardCharsets.UTF_8);
        assertThat(text).contains("<tmx version=\"1.4\">", "srclang=\"en-US\"", "creationid=\"anna\"",
                "creationdate=\"20260102T030405Z\"", "<prop type=\"x-document\">Manual.xlf</prop>", "<ept i=\"1\">",
                "<ph x=\"2\"", "xml:lang=\"de-AT\"");
        MemoryData back = files.read("round.tmx", tmx);
        assertThat(back.units()).extracting(MemoryData.Unit::targetLang, MemoryData.Unit::source,
                        MemoryData.Unit::target, MemoryData.Unit::createdBy, MemoryData.Unit::createdAt,
                        MemoryData.Unit::origin)
                .containsExactly(
                        tuple("de-DE", "Click ⟨1⟩Save⟨/1⟩ & go<on>", "Auf ⟨1⟩Speichern⟨/1⟩ & weiter", "anna",
                                Instant.parse("2026-01-02T03:04:05Z"), "Manual.xlf"),
                        tuple("de-AT", "Line⟨1/⟩break", "Zeilen⟨1/⟩umbruch", "", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file           | ''                                                                        | is empty
            not XML              | 'source,target'                                                           | not well-formed
            not TMX              | '<xliff version="1.2"/>'                                                  | not a TMX file: the root element is <xliff>
            no unit              | '<tmx version="1.4"><header srclang="en"/><body/></tmx>'                  | has no translation unit
            no source language   | '<tmx version="1.4"><header/><body><tu/></body></tmx>'                    | does not name its source language
            one language only    | '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>' | has no language besides its source en
            variant without lang | '<tmx version="1.4"><header srclang="en"/><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>' | a <tuv> has no xml:lang
            cut off              | '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a' | not well-formed
            """)
    void a_file_that_is_no_usable_tmx_is_refused_naming_it_and_the_problem(String what, String content,
                                                                            String problem) {
        assertThatThrownBy(() -> files.read("client.tmx", content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("client.tmx")
                .hasMessageContaining(problem);
    }
}
