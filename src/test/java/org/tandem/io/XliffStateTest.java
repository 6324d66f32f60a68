package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Workflow states to XLIFF 1.2 and 2.x attributes on export, and back on import. */
class XliffStateTest {

    private final TranslationFiles files = new TranslationFiles();

    private static final String V12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="es" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1"%s><source>Hola.</source><target%s>Hello.</target></trans-unit>
                <trans-unit id="2"><source>Adiós.</source><target>Bye.</target></trans-unit>
              </body></file>
            </xliff>
            """;

    private static final String V2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="en">
              <file id="f1"><unit id="1"><segment id="s1"%s><source>Hola.</source><target>Hello.</target></segment>
                <segment id="s2"><source>Adiós.</source><target>Bye.</target></segment></unit></file>
            </xliff>
            """;

    private static byte[] v12(String unitAttrs, String targetAttrs) {
        return V12.formatted(spaced(unitAttrs), spaced(targetAttrs)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] v2(String segmentAttrs) {
        return V2.formatted(spaced(segmentAttrs)).getBytes(StandardCharsets.UTF_8);
    }

    private static String spaced(String attributes) {
        return attributes.isEmpty() ? "" : " " + attributes;
    }

    @ParameterizedTest(name = "1.2 {0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ''               | ''                                                              | -
            approved="yes"   | state="translated"                                              | APPROVED
            ''               | state="final"                                                   | APPROVED
            ''               | state="signed-off"                                              | REVIEWED
            ''               | state="translated"                                              | TRANSLATED
            ''               | state="needs-review-translation"                                | TRANSLATED
            ''               | state="needs-review-translation" state-qualifier="rejected-grammar" | REJECTED
            ''               | state="new"                                                     | NEW
            ''               | state="needs-translation"                                       | NEW
            ''               | state="x-vendor"                                                | -
            """)
    void imports_xliff12_states(String unit, String target, FileState expected) {
        ParsedDocument doc = files.readXliff("s.xlf", v12(unit, target), null, false);
        assertThat(doc.segments().get(0).state()).isEqualTo(expected);
        assertThat(doc.segments().get(1).state()).isNull();
    }

    @ParameterizedTest(name = "2.x {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ''                                            | -
            state="initial"                               | NEW
            state="translated"                            | TRANSLATED
            state="translated" subState="tandem:rejected" | REJECTED
            state="translated" subState="acme:draft"      | TRANSLATED
            state="reviewed"                              | REVIEWED
            state="final"                                 | APPROVED
            """)
    void imports_xliff2_states(String segment, FileState expected) {
        ParsedDocument doc = files.readXliff("s.xlf", v2(segment), null, false);
        assertThat(doc.segments().get(0).state()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "1.2 {0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW        | <target state="new">                    | <trans-unit id="1">
            TRANSLATED | <target>                                | <trans-unit id="1">
            REVIEWED   | <target state="signed-off">             | <trans-unit id="1">
            APPROVED   | <target state="final">                  | <trans-unit id="1" approved="yes">
            REJECTED   | <target state="needs-review-translation" state-qualifier="rejected-inaccurate"> | <trans-unit id="1">
            """)
    void exports_each_state_to_xliff12_and_reads_it_back(FileState state, String targetTag, String unitTag) {
        byte[] original = v12("", "");
        String out = export(original, state);
        assertThat(out).contains(unitTag + "<source>Hola.</source>" + targetTag + "Hello.</target>");
        assertThat(out).contains("<trans-unit id=\"2\"><source>Adiós.</source><target>Bye.</target>");
        assertThat(files.readXliff("s.xlf", out.getBytes(StandardCharsets.UTF_8), null, false).segments().get(0)
                .state()).isEqualTo(state == FileState.TRANSLATED ? null : state);
        // translated is what import assumes for a target without a state, so the file is left saying nothing
    }

    @ParameterizedTest(name = "2.x {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW        | <segment id="s1" state="initial">
            REVIEWED   | <segment id="s1" state="reviewed">
            APPROVED   | <segment id="s1" state="final">
            REJECTED   | <segment id="s1" state="translated" subState="tandem:rejected">
            """)
    void exports_each_state_to_xliff2_and_reads_it_back(FileState state, String segmentTag) {
        String out = export(v2(""), state);
        assertThat(out).contains(segmentTag + "<source>Hola.</source>");
        assertThat(out).contains("<segment id=\"s2\"><source>");
        assertThat(files.readXliff("s.xlf", out.getBytes(StandardCharsets.UTF_8), null, false).segments().get(0)
                .state()).isEqualTo(state);
    }

    @Test
    void a_state_the_file_already_says_leaves_the_file_as_it_was() {
        byte[] original = v12("approved=\"yes\"", "state=\"final\"");
        assertThat(export(original, FileState.APPROVED)).isEqualTo(new String(original, StandardCharsets.UTF_8));
        byte[] plain = v2("");
        assertThat(export(plain, FileState.TRANSLATED)).isEqualTo(new String(plain, StandardCharsets.UTF_8));
    }

    @Test
    void leaving_approval_removes_approved_and_the_tandem_rejection_marks() {
        String out = export(v12("approved=\"yes\" translate=\"yes\"", "state=\"final\""), FileState.TRANSLATED);
        assertThat(out).contains("<trans-unit id=\"1\" translate=\"yes\"><source>Hola.</source>"
                + "<target state=\"translated\">");
        String rejected = export(v12("", "state=\"needs-review-translation\" state-qualifier=\"rejected-length\""),
                FileState.REVIEWED);
        assertThat(rejected).contains("<target state=\"signed-off\">");
        String v2 = export(v2("state=\"translated\" subState=\"tandem:rejected\""), FileState.APPROVED);
        assertThat(v2).contains("<segment id=\"s1\" state=\"final\">");
    }

    @Test
    void a_target_written_by_export_carries_its_state() {
        byte[] noTarget = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a.txt" source-language="es" target-language="en" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Hola.</source></trans-unit>
                  </body></file>
                </xliff>
                """.getBytes(StandardCharsets.UTF_8);
        ParsedDocument doc = files.readXliff("s.xlf", noTarget, null, false);
        ParsedSegment s = doc.segments().get(0);
        byte[] out = files.export("s.xlf", doc.format(), noTarget, "es", "en",
                List.of(new TranslationFiles.SegmentText(s.unitId(), s.source(), "Hello.", true, s.codes(),
                        FileState.APPROVED)), TranslationFiles.ExportFormat.ORIGINAL);
        ParsedSegment again = files.readXliff("s.xlf", out, null, false).segments().get(0);
        assertThat(again.target()).isEqualTo("Hello.");
        assertThat(again.state()).isEqualTo(FileState.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(TranslationFiles.ExportFormat.class)
    void text_pairs_export_states_that_read_back(TranslationFiles.ExportFormat format) {
        if (format == TranslationFiles.ExportFormat.TEXT || format == TranslationFiles.ExportFormat.ORIGINAL) {
            return;
        }
        List<TranslationFiles.SegmentText> rows = new ArrayList<>();
        FileState[] states = FileState.values();
        for (int i = 0; i < states.length; i++) {
            rows.add(new TranslationFiles.SegmentText("p" + (i + 1), "Hola " + i + ".", "Hello " + i + ".", true,
                    List.of(), states[i]));
        }
        byte[] out = files.export("pair.txt", DocumentFormat.TEXT_PAIR, new byte[0], "es", "en", rows, format);
        List<ParsedSegment> back = files.readXliff("pair.xlf", out, null, false).segments();
        for (int i = 0; i < states.length; i++) {
            assertThat(back.get(i).state()).as(states[i].name()).isEqualTo(states[i]);
        }
    }

    private String export(byte[] original, FileState state) {
        ParsedDocument doc = files.readXliff("s.xlf", original, null, false);
        List<TranslationFiles.SegmentText> texts = new ArrayList<>();
        for (int i = 0; i < doc.segments().size(); i++) {
            ParsedSegment s = doc.segments().get(i);
            texts.add(new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), false, s.codes(),
                    i == 0 ? state : FileState.TRANSLATED));
        }
        return new String(files.export("s.xlf", doc.format(), original, doc.sourceLang(), doc.targetLang(), texts,
                TranslationFiles.ExportFormat.ORIGINAL), StandardCharsets.UTF_8);
    }
}
