package org.tandem.io;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tandem.io.text.TextPairReader;
import org.tandem.io.text.TextPairWriter;
import org.tandem.io.xliff.Xliff2Validator;
import org.tandem.io.xliff.XliffExporter;
import org.tandem.io.xliff.XliffDocument;
import org.tandem.io.xliff.XliffReader;
import org.tandem.io.xml.DecodedText;
import org.tandem.io.xml.SecureXml;
import org.tandem.markup.InlineCode;

/** The import/export API: what the rest of Tandem calls to read and write translation files. */
@Service
public class TranslationFiles {

    /**
     * A stored segment as export needs it.
     *
     * @param state its workflow state now, written where it differs from the file's; null leaves the file's
     */
    public record SegmentText(String unitId, String source, String target, boolean changed, List<InlineCode> codes,
                              FileState state, SegmentReview review) {

        public SegmentText(String unitId, String source, String target, boolean changed, List<InlineCode> codes,
                           FileState state) {
            this(unitId, source, target, changed, codes, state, null);
        }

        public SegmentText(String unitId, String source, String target, boolean changed, List<InlineCode> codes) {
            this(unitId, source, target, changed, codes, null);
        }
    }

    public enum ExportFormat { ORIGINAL, XLIFF_2, XLIFF_1, TEXT }

    /**
     * Reads an XLIFF 1.x or 2.x file. 2.x files are validated against the specification first.
     *
     * @param targetLang used when the file names no target language (may be null)
     * @param lenient    import an XLIFF 2 file that breaks the standard (well-formed and readable, but invalid),
     *                   listing the problem as a warning instead of refusing the file
     * @throws ImportException naming the file and the problem
     */
    public ParsedDocument readXliff(String fileName, byte[] bytes, String targetLang, boolean lenient) {
        try {
            return parseXliff(fileName, bytes, targetLang, lenient);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            // A parser that reports lazily (Woodstox's text events) or a library that wraps the parser's error.
            javax.xml.stream.XMLStreamException xml = SecureXml.xmlCause(e);
            if (xml != null) {
                throw SecureXml.failure(fileName, xml);
            }
            throw e;
        }
    }

    private ParsedDocument parseXliff(String fileName, byte[] bytes, String targetLang, boolean lenient) {
        if (bytes.length == 0) {
            throw new ImportException(fileName, "the file is empty");
        }
        DecodedText decoded = DecodedText.ofXml(fileName, bytes);
        XliffDocument scan = XliffReader.read(fileName, decoded.text());
        List<String> warnings = new ArrayList<>();
        if (scan.format() == DocumentFormat.XLIFF_2) {
            try {
                warnings.addAll(Xliff2Validator.validate(fileName, decoded.text()));
            } catch (ImportException e) {
                if (!lenient) {
                    throw e;
                }
                warnings.add("imported although it is not valid XLIFF 2: " + e.getMessage());
            }
        }
        String target = scan.targetLang() != null ? scan.targetLang() : targetLang;
        return new ParsedDocument(scan.format(), fileLanguage(fileName, "source", scan.sourceLang()),
                target == null || target.isBlank() ? Languages.UNDETERMINED
                        : fileLanguage(fileName, "target", target), scan.parsedSegments(), List.copyOf(warnings));
    }

    /** A language a file declares, validated as the text-pair import validates the ones given with it. */
    private static String fileLanguage(String fileName, String side, String tag) {
        try {
            return Languages.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new ImportException(fileName, "the " + side + " language: " + e.getMessage());
        }
    }

    /**
     * Reads a source text and its translation as aligned segment pairs.
     *
     * @throws ImportException naming the file and the problem
     */
    public ParsedDocument readTextPair(String sourceName, byte[] source, String targetName, byte[] target,
                                       String sourceLang, String targetLang) {
        String src = canonical(sourceName, sourceLang);
        String trg = canonical(targetName, targetLang);
        String sourceText = DecodedText.ofPlainText(sourceName, source).text();
        String targetText = DecodedText.ofPlainText(targetName, target).text();
        if (sourceText.isBlank()) {
            throw new ImportException(sourceName, "the source text is empty");
        }
        if (targetText.isBlank()) {
            throw new ImportException(targetName, "the translation is empty");
        }
        return new ParsedDocument(DocumentFormat.TEXT_PAIR, src, trg,
                TextPairReader.read(sourceText, targetText, src, trg), List.of());
    }

    /** Writes a document: the original XLIFF with changed targets patched in, or a new file for a text pair. */
    public byte[] export(String name, DocumentFormat format, byte[] original, String sourceLang, String targetLang,
                         List<SegmentText> segments, ExportFormat as) {
        return export(name, format, original, sourceLang, targetLang, segments, as, false);
    }

    /**
     * Like {@link #export(String, DocumentFormat, byte[], String, String, List, ExportFormat)}; with
     * {@code review}, each segment's review data is written as ITS 2.0 quality issues and notes.
     */
    public byte[] export(String name, DocumentFormat format, byte[] original, String sourceLang, String targetLang,
                         List<SegmentText> segments, ExportFormat as, boolean review) {
        if (format != DocumentFormat.TEXT_PAIR && (as == ExportFormat.ORIGINAL || as == null)) {
            DecodedText decoded = DecodedText.ofXml(name, original);
            return XliffExporter.patch(name, decoded, segments, targetLang, review);
        }
        List<TextPairWriter.Row> rows = segments.stream()
                .map(s -> new TextPairWriter.Row(s.unitId(), plainOrNull(s.source()), plainOrNull(s.target()),
                        s.state(), s.review()))
                .toList();
        return switch (as == null || as == ExportFormat.ORIGINAL ? ExportFormat.XLIFF_2 : as) {
            case XLIFF_1 -> TextPairWriter.xliff12(name, sourceLang, targetLang, rows, review);
            case TEXT -> TextPairWriter.plainTarget(rows);
            default -> TextPairWriter.xliff2(name, sourceLang, targetLang, rows, review);
        };
    }

    private static String plainOrNull(String text) {
        return text == null ? "" : org.tandem.markup.Placeholders.plain(text);
    }

    private static String canonical(String fileName, String tag) {
        try {
            return Languages.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new ImportException(fileName, "language: " + e.getMessage());
        }
    }
}
