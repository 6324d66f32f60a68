package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Another tool reads Tandem's export back: Okapi's XLIFF filter sees the same units, every segment's edit in its
 * unit's target, and every other unit as it was.
 */
class OkapiReadsExportTest {

    private static final String MARK = "EDITED-BY-TANDEM";
    private final TranslationFiles files = new TranslationFiles();

    @TempDir
    Path dir;

    static Stream<Path> xliff12() {
        return Corpus.files("xliff12-real", ".xlf", ".xliff", ".sdlxliff").filter(p -> !p.toString().contains("edge-cases"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xliff12")
    void okapi_reads_the_edited_export_with_the_same_units(Path file) throws Exception {
        byte[] original = Corpus.read(file);
        ParsedDocument doc = files.readXliff(Corpus.name(file), original, "de", true);
        LocaleId target = LocaleId.fromBCP47("und".equals(doc.targetLang()) ? "de" : doc.targetLang());
        List<Map.Entry<String, String>> before = okapiTargets(original, doc.sourceLang(), target);
        Assumptions.assumeTrue(before != null, "Okapi cannot read the original either");

        List<TranslationFiles.SegmentText> edited = new ArrayList<>();
        for (ParsedSegment s : doc.segments()) {
            String base = s.target() != null ? s.target() : s.source();
            edited.add(new TranslationFiles.SegmentText(s.unitId(), s.source(), base + " " + MARK, true, s.codes()));
        }
        byte[] exported = files.export(Corpus.name(file), doc.format(), original, doc.sourceLang(), doc.targetLang(),
                edited, TranslationFiles.ExportFormat.ORIGINAL);
        List<Map.Entry<String, String>> after = okapiTargets(exported, doc.sourceLang(), target);
        assertThat(after).as("Okapi reads the export").isNotNull();
        assertThat(after).extracting(Map.Entry::getKey)
                .containsExactlyElementsOf(before.stream().map(Map.Entry::getKey).toList());
        int marks = 0;
        for (int i = 0; i < after.size(); i++) {
            String now = after.get(i).getValue() == null ? "" : after.get(i).getValue();
            int edits = (now.length() - now.replace(MARK, "").length()) / MARK.length();
            if (edits == 0) {
                String was = before.get(i).getValue();
                assertThat(now).as("unit " + after.get(i).getKey() + ": edited, or left as it was")
                        .isEqualTo(was == null ? "" : was);
            }
            marks += edits;
        }
        assertThat(marks).as("every segment's edit, as Okapi reads the units").isEqualTo(doc.segments().size());
    }

    /** Each unit's id and target text as Okapi reads them, in file order, or null when Okapi fails on the file. */
    private List<Map.Entry<String, String>> okapiTargets(byte[] bytes, String sourceLang, LocaleId target) throws Exception {
        Path file = Files.write(dir.resolve("f" + System.nanoTime() + ".xlf"), bytes);
        List<Map.Entry<String, String>> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(file.toUri(), null, LocaleId.fromBCP47(sourceLang), target));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    TextContainer t = unit.getTarget(target);
                    units.add(new AbstractMap.SimpleEntry<>(unit.getId() + "/" + unit.getName(),
                            t == null ? null : t.toString()));
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return units;
    }
}
