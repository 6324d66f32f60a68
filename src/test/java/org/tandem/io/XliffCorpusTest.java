package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

class XliffCorpusTest {

    private final TranslationFiles files = new TranslationFiles();

    static Stream<Path> validXliff2() {
        return Corpus.files("xliff2-conformance/valid", ".xlf");
    }

    static Stream<Path> invalidXliff2() {
        return Corpus.files("xliff2-conformance/invalid", ".xlf");
    }

    static Stream<Path> realWellFormed() {
        return Stream.concat(
                Corpus.files("xliff12-real", ".xlf", ".xliff", ".sdlxliff")
                        .filter(p -> !p.toString().contains("edge-cases")),
                Corpus.files("xliff2-real", ".xlf", ".xliff").filter(p -> !Corpus.name(p).startsWith("INVALID-")));
    }

    static Stream<Path> roundTrip() {
        return Stream.concat(realWellFormed(), validXliff2());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validXliff2")
    void every_valid_conformance_file_imports(Path file) {
        ParsedDocument doc = files.readXliff(Corpus.name(file), Corpus.read(file), null, false);
        assertThat(doc.format()).isEqualTo(DocumentFormat.XLIFF_2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidXliff2")
    void every_invalid_conformance_file_is_rejected_naming_the_file(Path file) {
        byte[] bytes = Corpus.read(file);
        assertThatThrownBy(() -> files.readXliff(Corpus.name(file), bytes, null, false))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(Corpus.name(file) + ": ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realWellFormed")
    void every_real_file_imports_with_segments(Path file) {
        // Real tools write files that break XLIFF 2 in places Tandem does not depend on: lenient import.
        ParsedDocument doc = files.readXliff(Corpus.name(file), Corpus.read(file), null, true);
        assertThat(doc.segments()).isNotEmpty();
        assertThat(doc.sourceLang()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrip")
    void rewriting_every_target_with_its_own_text_gives_the_same_xml(Path file) throws Exception {
        byte[] original = Corpus.read(file);
        ParsedDocument doc = files.readXliff(Corpus.name(file), original, null, true);
        List<TranslationFiles.SegmentText> same = new ArrayList<>();
        for (ParsedSegment s : doc.segments()) {
            same.add(new TranslationFiles.SegmentText(s.unitId(), s.source(), s.target(), s.target() != null, s.codes()));
        }
        byte[] exported = files.export(Corpus.name(file), doc.format(), original, doc.sourceLang(), doc.targetLang(),
                same, TranslationFiles.ExportFormat.ORIGINAL);
        assertThat(xml(exported).isEqualNode(xml(original)))
                .as("export of unchanged targets is the same XML").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrip")
    void edited_targets_come_back_and_nothing_else_changes(Path file) throws Exception {
        byte[] original = Corpus.read(file);
        ParsedDocument doc = files.readXliff(Corpus.name(file), original, "de", true);
        List<TranslationFiles.SegmentText> edited = new ArrayList<>();
        for (ParsedSegment s : doc.segments()) {
            String base = s.target() != null ? s.target() : s.source();
            edited.add(new TranslationFiles.SegmentText(s.unitId(), s.source(), base + " <ä & ✓>", true, s.codes()));
        }
        byte[] exported = files.export(Corpus.name(file), doc.format(), original, doc.sourceLang(), doc.targetLang(),
                edited, TranslationFiles.ExportFormat.ORIGINAL);
        ParsedDocument again = files.readXliff(Corpus.name(file), exported, "de", true);
        assertThat(again.segments()).hasSameSizeAs(doc.segments());
        for (int i = 0; i < doc.segments().size(); i++) {
            assertThat(again.segments().get(i).unitId()).isEqualTo(doc.segments().get(i).unitId());
            assertThat(again.segments().get(i).source()).isEqualTo(doc.segments().get(i).source());
            assertThat(again.segments().get(i).target()).isEqualTo(edited.get(i).target());
        }
        Document before = xml(original);
        Document after = xml(exported);
        removeTargets(before);
        removeTargets(after);
        // XLIFF 2 needs trgLang once a target exists; export adds it where the file had none.
        if (!before.getDocumentElement().hasAttribute("trgLang")) {
            after.getDocumentElement().removeAttribute("trgLang");
        }
        assertThat(after.isEqualNode(before)).as("all but the targets unchanged").isTrue();
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setCoalescing(true);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        doc.normalizeDocument();
        return doc;
    }

    /** Removes target elements (and the white space before them) of translation units, not of alt-trans etc. */
    private static void removeTargets(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE && "target".equals(child.getLocalName())
                    && ("trans-unit".equals(node.getLocalName()) || "segment".equals(node.getLocalName()))) {
                Node prev = child.getPreviousSibling();
                if (prev != null && prev.getNodeType() == Node.TEXT_NODE && prev.getNodeValue().isBlank()) {
                    node.removeChild(prev);
                }
                node.removeChild(child);
            } else {
                removeTargets(child);
            }
            child = next;
        }
    }
}
