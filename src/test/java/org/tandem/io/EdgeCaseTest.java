package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus's edge cases: each either imports correctly or fails with a message naming file and problem. */
class EdgeCaseTest {

    private final TranslationFiles files = new TranslationFiles();

    private static byte[] edge(String name) {
        return Corpus.read(Corpus.ROOT.resolve(Path.of("xliff12-real", "edge-cases", name)));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "okapi__invalid_xml_entity.xlf         | line 8, column 29: not well-formed XML: Illegal character",
            "symfony__empty-0-bytes.xlf            | the file is empty",
            "symfony__invalid-xml-unclosed-target.xlf | line 8",
            "symfony__non-valid-missing-id.xlf     | <trans-unit> has no id attribute",
    })
    void broken_files_are_refused_with_file_and_problem(String name, String expected) {
        byte[] bytes = edge(name);
        assertThatThrownBy(() -> files.readXliff(name, bytes, null, false))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0} imports {1} segments")
    @CsvSource(delimiter = '|', value = {
            "matecat__no-target.xliff       | 1",
            "matecat__v1-duplicate-ids.xliff | -1",
            "symfony__resname.xlf           | 4",
            "symfony__withdoctype.xlf       | 1",
            "symfony__encoding-ISO-8859-1.xlf | 2",
    })
    void well_formed_edge_cases_import(String name, int segments) {
        ParsedDocument doc = files.readXliff(name, edge(name), null, false);
        if (segments >= 0) {
            assertThat(doc.segments()).hasSize(segments);
        } else {
            assertThat(doc.segments()).isNotEmpty();
        }
    }

    @Test
    void a_file_without_target_language_imports_as_undetermined_unless_one_is_given() {
        assertThat(files.readXliff("a.xliff", edge("matecat__no-target.xliff"), null, false).targetLang())
                .isEqualTo("und");
        assertThat(files.readXliff("a.xliff", edge("matecat__no-target.xliff"), "it", false).targetLang())
                .isEqualTo("it");
    }

    @Test
    void iso_8859_1_is_decoded_and_written_back_in_its_own_encoding() {
        byte[] original = edge("symfony__encoding-ISO-8859-1.xlf");
        ParsedDocument doc = files.readXliff("latin1.xlf", original, null, false);
        assertThat(doc.segments().get(0).target()).isEqualTo("bär");
        ParsedSegment first = doc.segments().get(0);
        byte[] out = files.export("latin1.xlf", doc.format(), original, doc.sourceLang(), doc.targetLang(),
                List.of(new TranslationFiles.SegmentText(first.unitId(), first.source(), "bär €", true, first.codes()),
                        new TranslationFiles.SegmentText("2", "bar", "f\u00f6\u00f6", false, List.of())),
                TranslationFiles.ExportFormat.ORIGINAL);
        String text = new String(out, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("<target>b\u00e4r &#x20AC;</target>");
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>");
        assertThat(files.readXliff("latin1.xlf", out, null, false).segments().get(0).target()).isEqualTo("bär €");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UTF-16BE with BOM | UTF-16BE | true",
            "UTF-16LE with BOM | UTF-16LE | true",
            "UTF-8 with BOM    | UTF-8    | true",
            "windows-1252      | windows-1252 | false",
    })
    void declared_encodings_and_byte_order_marks_round_trip(String label, String charset, boolean bom) {
        String xml = "<?xml version=\"1.0\" encoding=\"" + charset + "\"?>\n<xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\" target-language=\"fr\" "
                + "datatype=\"plaintext\" original=\"x\"><body><trans-unit id=\"1\"><source>Caf\u00e9 \u2013 ok</source>"
                + "<target>Caf\u00e9 \u2013 oui</target></trans-unit></body></file></xliff>\n";
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
        byte[] body = xml.getBytes(cs);
        byte[] mark = !bom ? new byte[0] : switch (charset) {
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        };
        byte[] original = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, original, 0, mark.length);
        System.arraycopy(body, 0, original, mark.length, body.length);
        ParsedDocument doc = files.readXliff(label, original, null, false);
        ParsedSegment s = doc.segments().get(0);
        assertThat(s.target()).isEqualTo("Caf\u00e9 \u2013 oui");
        byte[] unchanged = files.export(label, doc.format(), original, "en", "fr",
                List.of(new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), false, s.codes())),
                TranslationFiles.ExportFormat.ORIGINAL);
        assertThat(unchanged).isEqualTo(original);
        byte[] edited = files.export(label, doc.format(), original, "en", "fr",
                List.of(new TranslationFiles.SegmentText(s.unitId(), s.source(), "Caf\u00e9 \u2013 d'accord", true,
                        s.codes())), TranslationFiles.ExportFormat.ORIGINAL);
        assertThat(files.readXliff(label, edited, null, false).segments().get(0).target())
                .isEqualTo("Caf\u00e9 \u2013 d'accord");
    }

    @Test
    void bytes_that_are_not_valid_in_the_declared_encoding_are_refused() {
        byte[] bad = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xliff version=\"1.2\"><file source-language=\"en\"><body><trans-unit id=\"1\"><source>caf\u00e9</source></trans-unit></body></file></xliff>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> files.readXliff("latin1-as-utf8.xlf", bad, null, false))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("latin1-as-utf8.xlf: the bytes are not valid UTF-8");
    }

    @Test
    void a_file_that_is_not_xliff_is_refused() {
        byte[] html = "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> files.readXliff("page.html", html, null, false))
                .isInstanceOf(ImportException.class)
                .hasMessage("page.html: line 1, column 1: not an XLIFF file: the root element is <html>");
    }

    @Test
    void the_broken_upstream_conformance_file_is_a_clear_parse_error() {
        Path file = Corpus.ROOT.resolve("xliff2-conformance/upstream-broken/2.2/modules/Good-pgs_plural.xlf");
        byte[] bytes = Corpus.read(file);
        assertThatThrownBy(() -> files.readXliff("Good-pgs_plural.xlf", bytes, null, false))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Good-pgs_plural.xlf: line ")
                .hasMessageContaining("not well-formed XML");
    }
}
