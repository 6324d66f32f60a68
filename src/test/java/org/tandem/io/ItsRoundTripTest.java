package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review data in XLIFF: ITS 2.0 quality issues around target spans (stand-off, one or more per span) and comments
 * as notes, written on export and read back on import; a clean export writes none and takes out what was there.
 */
class ItsRoundTripTest {

    private final TranslationFiles files = new TranslationFiles();

    private static final String V12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.html" source-language="en" target-language="de" datatype="html"><body>
                <trans-unit id="t1">
                  <source>Click <g id="1">Save</g> to keep your work.</source>
                  <target>Klicken Sie auf <g id="1">Speichern</g>, um Ihre Arbeit zu behalten.</target>
                  <note>Button label</note>
                </trans-unit>
                <trans-unit id="t2"><source>Plain text</source><target>Klartext</target></trans-unit>
              </body></file>
            </xliff>
            """;

    private static final String V2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
              <file id="f1">
                <unit id="t1">
                  <notes><note category="ui">Button label</note></notes>
                  <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
                  <segment id="s1"><source>Click <pc id="1" dataRefStart="d1" dataRefEnd="d2">Save</pc> to keep your work.</source>
                    <target>Klicken Sie auf <pc id="1" dataRefStart="d1" dataRefEnd="d2">Speichern</pc>, um Ihre Arbeit zu behalten.</target></segment>
                </unit>
                <unit id="t2"><segment id="s1"><source>Plain text</source><target>Klartext</target></segment></unit>
              </file>
            </xliff>
            """;

    private static SegmentReview review(String target) {
        int um = target.indexOf("um");
        int save = target.indexOf("Speichern");
        return new SegmentReview(List.of(
                // crosses the end of the paired code: widened to hold it whole
                new SegmentReview.QualityMark(save, um + 2, "mistranslation", "Say \"Sichern\" & mean it", 60.0, true,
                        "urn:tandem:mqm:accuracy:mistranslation:major:ana"),
                // overlaps the first: shares its mrk through the stand-off
                new SegmentReview.QualityMark(um, um + 2, "grammar", null, null, false, "urn:tandem:check:grammar"),
                // missing text at the end
                new SegmentReview.QualityMark(target.length(), target.length(), "omission", "Ende fehlt", 100.0, true,
                        null)),
                List.of(new SegmentReview.ReviewNote(7, null, "ana", "Too literal?\nLine two", false),
                        new SegmentReview.ReviewNote(8, 7L, "ben", "Agreed — fixed.", true)));
    }

    private String exportWithReview(String original, boolean review) {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        ParsedDocument doc = files.readXliff("a.xlf", bytes, null, false);
        List<TranslationFiles.SegmentText> texts = new ArrayList<>();
        for (ParsedSegment s : doc.segments()) {
            texts.add(new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), false, s.codes(), null,
                    s.unitId().equals("t1") ? review(s.target()) : SegmentReview.NONE));
        }
        return new String(files.export("a.xlf", doc.format(), bytes, doc.sourceLang(), doc.targetLang(), texts,
                TranslationFiles.ExportFormat.ORIGINAL, review), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "XLIFF {0}")
    @ValueSource(strings = {"1.2", "2.1"})
    void issues_and_comments_come_back_on_import_and_the_file_stays_valid(String version) {
        String original = version.equals("1.2") ? V12 : V2;
        ParsedSegment before = files.readXliff("a.xlf", original.getBytes(StandardCharsets.UTF_8), null, false)
                .segments().get(0);

        String exported = exportWithReview(original, true);
        // a non-lenient import validates XLIFF 2 against the standard, the ITS module included
        ParsedDocument again = files.readXliff("a.xlf", exported.getBytes(StandardCharsets.UTF_8), null, false);

        ParsedSegment first = again.segments().get(0);
        assertThat(first.target()).isEqualTo(before.target());
        assertThat(first.codes()).isEqualTo(before.codes());
        SegmentReview expected = review(before.target());
        int save = before.target().indexOf("⟨1⟩");
        int um = before.target().indexOf("um");
        assertThat(first.review().marks()).containsExactlyInAnyOrder(
                new SegmentReview.QualityMark(save, um + 2, "mistranslation", "Say \"Sichern\" & mean it", 60.0, true,
                        "urn:tandem:mqm:accuracy:mistranslation:major:ana"),
                new SegmentReview.QualityMark(save, um + 2, "grammar", null, null, false, "urn:tandem:check:grammar"),
                expected.marks().get(2));
        assertThat(first.review().notes()).containsExactlyElementsOf(expected.notes());
        assertThat(again.segments().get(1).review()).isEqualTo(SegmentReview.NONE);
        assertThat(exported).contains("Button label");
    }

    @ParameterizedTest(name = "XLIFF {0}")
    @ValueSource(strings = {"1.2", "2.1"})
    void a_clean_export_writes_none_and_takes_out_what_tandem_wrote_before(String version) {
        String original = version.equals("1.2") ? V12 : V2;
        String reviewed = exportWithReview(original, true);

        String clean = exportWithReview(reviewed, false);

        assertThat(clean).doesNotContain("locQualityIssue", "tandem:", "<mrk").contains("Button label");
        ParsedDocument doc = files.readXliff("a.xlf", clean.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(doc.segments()).allSatisfy(s -> assertThat(s.review()).isEqualTo(SegmentReview.NONE));
        assertThat(doc.segments().get(0).target()).isEqualTo(files.readXliff("a.xlf",
                original.getBytes(StandardCharsets.UTF_8), null, false).segments().get(0).target());
    }

    @Test
    void exporting_review_data_twice_does_not_repeat_it() {
        String once = exportWithReview(V2, true);
        String twice = exportWithReview(once, true);
        assertThat(twice.split("<its:locQualityIssue ", -1)).hasSameSizeAs(once.split("<its:locQualityIssue ", -1));
        assertThat(twice.split("tandem:comment=", -1)).hasSameSizeAs(once.split("tandem:comment=", -1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"XLIFF_2", "XLIFF_1"})
    void text_pairs_carry_review_data_per_sentence(TranslationFiles.ExportFormat format) {
        List<TranslationFiles.SegmentText> rows = List.of(
                new TranslationFiles.SegmentText("p1/s1", "Hola.", "Hello.", true, List.of(), FileState.TRANSLATED,
                        SegmentReview.NONE),
                new TranslationFiles.SegmentText("p1/s2", "Adiós, amigo.", "Bye bye, friend.", true, List.of(),
                        FileState.TRANSLATED, new SegmentReview(List.of(new SegmentReview.QualityMark(0, 7,
                        "duplication", "Doubled", 25.0, true, "urn:tandem:check:doubled-word")),
                        List.of(new SegmentReview.ReviewNote(3, null, "ana", "Tone?", false)))));

        byte[] out = files.export("pair.txt", DocumentFormat.TEXT_PAIR, new byte[0], "es", "en", rows, format, true);
        List<ParsedSegment> back = files.readXliff("pair.xlf", out, null, false).segments();

        assertThat(back.get(0).review()).isEqualTo(SegmentReview.NONE);
        assertThat(back.get(1).target()).isEqualTo("Bye bye, friend.");
        assertThat(back.get(1).review()).isEqualTo(rows.get(1).review());
    }
}
