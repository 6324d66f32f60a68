package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** TBX and CSV glossaries: the shared corpus, invalid files, encodings and round trips. */
class TermbaseFilesTest {

    private static final Path TBX = Corpus.ROOT.resolve("tbx");
    private final TermbaseFiles files = new TermbaseFiles();

    private TermbaseData read(Path file) {
        return files.read(Corpus.name(file), Corpus.read(file), List.of());
    }

    private TermbaseData read(String name, String text) {
        return files.read(name, text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static TermbaseData.Term term(TermbaseData data, String text) {
        return data.concepts().stream().flatMap(c -> c.terms().stream()).filter(t -> t.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no term " + text));
    }

    @Test
    void dca_and_dct_styles_of_the_same_termbase_give_identical_entries() {
        TermbaseData dca = read(TBX.resolve("tbx-basic-v3/Example_Astronomy_DCA_VALID.tbx"));
        TermbaseData dct = read(TBX.resolve("tbx-basic-v3/Example_Astronomy_DCT_VALID.tbx"));

        assertThat(dca.concepts()).hasSize(45);
        assertThat(dca.termCount()).isEqualTo(113);
        // The two files place some source notes differently (language level in one, concept level or missing in
        // the other): the entries, terms with every attribute, must be the same.
        assertThat(dct.concepts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("note")
                .isEqualTo(dca.concepts());
        assertThat(dct.concepts()).flatExtracting(TermbaseData.Concept::terms)
                .isEqualTo(dca.concepts().stream().flatMap(c -> c.terms().stream()).toList());
        assertThat(term(dca, "open cluster").status()).isEqualTo(TermStatus.PREFERRED);
        assertThat(term(dca, "galactic cluster").status()).isEqualTo(TermStatus.DEPRECATED);
        assertThat(term(dca, "open cluster").partOfSpeech()).isEqualTo("noun");
        assertThat(dca.concepts().get(0).subjectField()).isEqualTo("General");
    }

    @Test
    void reads_statuses_parts_of_speech_and_definitions_of_tbx_basic() {
        TermbaseData data = read(TBX.resolve("tbx-basic-v3/TBX-basic-sample.tbx"));

        assertThat(data.name()).isEqualTo("TBX-Basic Sample File");
        assertThat(data.languages()).containsExactly("en", "fr", "de");
        assertThat(data.concepts()).extracting(TermbaseData.Concept::id).containsExactly("c5", "c6", "c7", "c1", "c2");
        assertThat(term(data, "progressive lens").status()).isEqualTo(TermStatus.PREFERRED);
        assertThat(term(data, "progressive addition lens").status()).isEqualTo(TermStatus.ADMITTED);
        assertThat(term(data, "PAL").status()).isEqualTo(TermStatus.DEPRECATED);
        assertThat(term(data, "graduated lens").status()).isEqualTo(TermStatus.DEPRECATED);
        assertThat(term(data, "Gleitsichtglas").lang()).isEqualTo("de");
        assertThat(term(data, "scheduled operation").partOfSpeech()).isEqualTo("verb");
        assertThat(data.concepts().get(2).definition()).startsWith("corrective lenses used in eyeglasses");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tbx_basic_sample_badattribute.tbx             | type="origin"
            tbx_basic_sample_badelement.tbx               | <transaction> is not an element of TBX-Basic
            tbx_basic_sample_badelementcontent.tbx        | partOfSpeech "preposition" is not a TBX-Basic value
            tbx_basic_sample_badelementorder.tbx          | cannot follow
            tbx_basic_sample_badtargetattribute_value.tbx | is not an absolute URI
            tbx_basic_sample_notwellformed.tbx            | line
            """)
    void refuses_invalid_tbx_basic_naming_file_and_problem(String file, String problem) {
        Path path = TBX.resolve("tbx-basic-v3/invalid").resolve(file);
        byte[] bytes = Corpus.read(path);

        assertThatThrownBy(() -> files.read(file, bytes, List.of()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ": line ")
                .hasMessageContaining(problem);
    }

    static Stream<Path> tbxV2() {
        return Corpus.files("tbx/tbx-v2-samples", ".tbx");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tbxV2")
    void reads_every_tbx_v2_sample(Path file) {
        TermbaseData data = read(file);

        assertThat(data.concepts()).isNotEmpty();
        assertThat(data.concepts()).allSatisfy(c -> assertThat(c.terms()).allSatisfy(t -> {
            assertThat(t.text()).isNotBlank();
            assertThat(t.lang()).isNotBlank();
        }));
    }

    @Test
    void decodes_a_tbx_declared_in_windows_1254() {
        TermbaseData data = read(TBX.resolve("tbx-v2-samples/test02_win1254.tbx"));

        assertThat(term(data, "tr term with: éá and İı").lang()).isEqualTo("tr");
    }

    @Test
    void keeps_the_terms_of_a_repeated_langset() {
        TermbaseData data = read("repeated.tbx", """
                <martif type="TBX" xml:lang="en"><text><body>
                  <termEntry id="e1">
                    <langSet xml:lang="en"><tig><term>car</term></tig></langSet>
                    <langSet xml:lang="de"><tig><term>Auto</term></tig></langSet>
                    <langSet xml:lang="en"><tig><term>automobile</term></tig></langSet>
                  </termEntry>
                </body></text></martif>""");

        assertThat(data.concepts().get(0).terms()).extracting(TermbaseData.Term::text)
                .containsExactly("car", "automobile", "Auto");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.tbx     | <tbx xmlns='urn:iso:std:iso:30042:ed-2'><text><body/></text></tbx>         | holds no concept with a term
            html.tbx      | <html><body>no</body></html>                                               | is not TBX: the root element is <html>
            nolang.tbx    | <martif><text><body><termEntry><langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif> | has no xml:lang
            badlang.tbx   | <martif><text><body><termEntry><langSet xml:lang="'; DROP--"><tig><term>x</term></tig></langSet></termEntry></body></text></martif> | is not a BCP 47 language tag
            nested.tbx    | <martif><text><body><termEntry><termEntry><langSet xml:lang='en'><tig><term>x</term></tig></langSet></termEntry></termEntry></body></text></martif> | inside another <termEntry>
            entity.tbx    | <!DOCTYPE martif [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><martif><text><body><termEntry><langSet xml:lang='en'><tig><term>&e;</term></tig></langSet></termEntry></body></text></martif> | undeclared entity &e;
            nbsp.tbx      | <martif><text><body><termEntry><langSet xml:lang='en'><tig><term>a&nbsp;b</term></tig></langSet></termEntry></body></text></martif> | undeclared entity &nbsp;
            broken.tbx    | <martif><text><body><termEntry>                                            | line
            binary.tbx    | PK\u0003\u0004 not xml                                                     | is not XML
            """)
    void refuses_bad_tbx_with_a_clear_message(String name, String text, String problem) {
        assertThatThrownBy(() -> read(name, text)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ": ").hasMessageContaining(problem);
    }

    @Test
    void refuses_a_tbx_whose_bytes_do_not_match_its_declared_encoding() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><martif><text><body><termEntry>"
                + "<langSet xml:lang=\"es\"><tig><term>canción</term></tig></langSet></termEntry></body></text>"
                + "</martif>").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> files.read("latin1.tbx", latin1, List.of())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("latin1.tbx: ").hasMessageContaining("UTF-8");
    }

    @Test
    void reads_google_glossaries_that_name_languages_in_cells() {
        TermbaseData data = read(TBX.resolve("csv/google-covid19-es-ES_en.csv"));

        assertThat(data.languages()).containsExactly("es-ES", "en");
        assertThat(term(data, "pico de la curva").lang()).isEqualTo("es-ES");
        assertThat(data.concepts().get(1).terms()).extracting(TermbaseData.Term::text)
                .containsExactly("pico de la curva", "peak of the curve");
    }

    @Test
    void refuses_a_csv_whose_header_names_no_language_unless_told_the_languages() {
        Path path = TBX.resolve("csv/okapi-test01.csv");
        byte[] bytes = Corpus.read(path);

        assertThatThrownBy(() -> files.read("okapi-test01.csv", bytes, List.of()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("okapi-test01.csv: names no languages");
        TermbaseData data = files.read("okapi-test01.csv", bytes, List.of("en", "fr"));
        assertThat(data.concepts()).extracting(c -> c.terms().get(0).text() + "=" + c.terms().get(1).text())
                .containsExactly("source 1=target 1", "source 2=target 2", "source 3=target 3",
                        "source 3=target 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            okapi-test01.tsv          | source 1 | target 1
            okapi-test02_utf16be.tsv  | source 2 | éßÑ￦ target 2
            """)
    void reads_tsv_in_utf8_and_utf16(String file, String source, String target) {
        TermbaseData data = files.read(file, Corpus.read(TBX.resolve("csv").resolve(file)), List.of("en", "tr"));

        assertThat(data.concepts()).anySatisfy(c -> assertThat(c.terms()).extracting(TermbaseData.Term::text)
                .containsExactly(source, target));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8 with BOM     | EFBBBF
            UTF-16LE with BOM  | FFFE
            UTF-16BE with BOM  | FEFF
            UTF-16LE, no BOM   | -
            """)
    void detects_the_encoding_of_a_csv(String encoding, String bom) {
        String text = "en,de\nstreet,Straße\ncafé,Café\n";
        java.nio.charset.Charset charset = encoding.startsWith("UTF-16LE") ? StandardCharsets.UTF_16LE
                : encoding.startsWith("UTF-16BE") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        byte[] body = text.getBytes(charset);
        byte[] head = bom.equals("-") ? new byte[0] : java.util.HexFormat.of().parseHex(bom);
        byte[] bytes = new byte[head.length + body.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);

        TermbaseData data = files.read("g.csv", bytes, List.of());

        assertThat(term(data, "Straße").lang()).isEqualTo("de");
        assertThat(term(data, "café").lang()).isEqualTo("en");
    }

    @Test
    void refuses_a_csv_that_is_not_utf8_naming_the_file() {
        byte[] latin1 = "en,de\nstreet,Straße\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> files.read("latin1.csv", latin1, List.of()))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("latin1.csv: ");
    }

    static Stream<String> roundTrips() {
        return Stream.of("tbx-basic-v3/TBX-basic-sample.tbx", "tbx-basic-v3/Example_Astronomy_DCA_VALID.tbx",
                "tbx-v2-samples/sdl_tbx.tbx", "csv/google-covid19-en_es.csv", "own");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrips")
    void export_then_import_gives_identical_entries_in_tbx_and_csv(String file) {
        TermbaseData original = file.equals("own") ? own() : read(TBX.resolve(file));

        for (TermbaseFiles.Format format : TermbaseFiles.Format.values()) {
            byte[] written = files.write(original, format);
            TermbaseData back = files.read("back." + format.name().toLowerCase(), written, List.of());
            assertThat(back.languages()).as(format.name()).isEqualTo(original.languages());
            assertThat(back.concepts()).as(format.name()).hasSameSizeAs(original.concepts());
            for (int i = 0; i < original.concepts().size(); i++) {
                TermbaseData.Concept expected = original.concepts().get(i);
                TermbaseData.Concept actual = back.concepts().get(i);
                assertThat(actual.terms()).as(format + " " + expected.id()).isEqualTo(expected.terms());
                assertThat(actual.definition()).isEqualTo(expected.definition());
                assertThat(actual.subjectField()).isEqualTo(expected.subjectField());
                assertThat(actual.note()).isEqualTo(expected.note());
            }
        }
    }

    @Test
    void exported_tbx_is_valid_tbx_basic_with_forbidden_and_case_sensitive_terms() {
        String tbx = new String(files.write(own(), TermbaseFiles.Format.TBX), StandardCharsets.UTF_8);

        assertThat(tbx).contains("type=\"TBX-Basic\"", "style=\"dca\"", "<note>forbidden</note>",
                "<note>case-sensitive</note>", "deprecatedTerm-admn-sts");
        TermbaseData back = read("own.tbx", tbx);
        assertThat(term(back, "kyiv").status()).isEqualTo(TermStatus.FORBIDDEN);
        assertThat(term(back, "kyiv").caseSensitive()).isTrue();
    }

    private static TermbaseData own() {
        return new TermbaseData("News", "people and places", List.of("es", "en"), List.of(
                new TermbaseData.Concept("kyiv", "geography", "Capital of Ukraine.", "Line one\nLine two", List.of(
                        new TermbaseData.Term("es", "Kiev", TermStatus.PREFERRED, "properNoun", true, ""),
                        new TermbaseData.Term("en", "Kyiv", TermStatus.PREFERRED, "properNoun", true, "since 2019"),
                        new TermbaseData.Term("en", "Kiev", TermStatus.DEPRECATED, "properNoun", false, ""),
                        new TermbaseData.Term("en", "kyiv", TermStatus.FORBIDDEN, "", true, "lower case, \"MT\""))),
                // Values a spreadsheet would run as formulas, and ones that already start with an apostrophe.
                new TermbaseData.Concept("formulas", "'=quoted", "@mention", "-- see below", List.of(
                        new TermbaseData.Term("es", "=SUM(A1:A9)", TermStatus.PREFERRED, "", false, "+49 30 1234"),
                        new TermbaseData.Term("en", "-ish", TermStatus.PREFERRED, "", false, "''@twice")))));
    }

    @Test
    void no_csv_cell_starts_a_formula_and_tandems_own_csv_reads_back_the_same() {
        String csv = new String(files.write(own(), TermbaseFiles.Format.CSV), StandardCharsets.UTF_8);
        for (String row : csv.split("\r\n")) {
            for (String cell : row.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(bare).as("cell in row %s", row).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(csv).contains("'=SUM(A1:A9)", "'-ish", "'+49 30 1234", "''=quoted", "'''@twice");
        // Every value reads back as it was: export_then_import_gives_identical_entries_in_tbx_and_csv("own").
    }
}
