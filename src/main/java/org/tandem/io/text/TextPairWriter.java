package org.tandem.io.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.io.FileState;
import org.tandem.io.SegmentReview;
import org.tandem.io.xliff.ItsMarkup;
import org.tandem.io.xliff.XliffReader;
import org.tandem.io.xliff.XliffStates;
import org.tandem.io.xml.SecureXml;

/**
 * Writes a text-pair document as new XLIFF (2.1 or 1.2) or as the plain corrected target text. Each paragraph
 * becomes a unit whose sentences are its segments.
 */
public final class TextPairWriter {

    private static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";

    private TextPairWriter() {
    }

    /** One row of a text pair as stored: unit id {@code p3} or {@code p3/s2}, its source and current target. */
    public record Row(String unitId, String source, String target, FileState state, SegmentReview review) {
        String paragraph() {
            int slash = unitId.indexOf('/');
            return slash < 0 ? unitId : unitId.substring(0, slash);
        }
    }

    /** Rows' review data, when written: ITS quality issues grouped per target span, with document-wide ids. */
    private static final class Review {
        final Map<Row, List<ItsMarkup.Cluster>> clusters = new java.util.HashMap<>();
        final Map<Row, List<Integer>> ids = new java.util.HashMap<>();

        Review(List<Row> rows, boolean wanted) {
            ItsMarkup.Ids next = new ItsMarkup.Ids();
            for (Row row : rows) {
                if (wanted && row.review() != null && !row.review().marks().isEmpty() && row.target() != null) {
                    List<ItsMarkup.Cluster> found = ItsMarkup.clusters(row.target(), row.review().marks());
                    clusters.put(row, found);
                    ids.put(row, found.stream().map(c -> next.next()).toList());
                }
            }
        }

        boolean marks() {
            return !clusters.isEmpty();
        }

        String target(Row row, boolean v2) {
            return ItsMarkup.target(row.target(), List.of(), null, clusters.get(row), v2, ids.get(row));
        }

        String standOffs(List<Row> unit) {
            StringBuilder out = new StringBuilder();
            for (Row row : unit) {
                List<ItsMarkup.Cluster> found = clusters.getOrDefault(row, List.of());
                for (int i = 0; i < found.size(); i++) {
                    out.append(ItsMarkup.standOff(found.get(i), ids.get(row).get(i), null));
                }
            }
            return out.toString();
        }
    }

    private static String notes(List<Row> unit, boolean review, boolean v2) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; review && k < unit.size(); k++) {
            Row row = unit.get(k);
            if (row.review() != null) {
                for (SegmentReview.ReviewNote note : row.review().notes()) {
                    out.append(ItsMarkup.note(note, unit.size() == 1 ? null : v2 ? "s" + (k + 1)
                            : String.valueOf(k + 1), v2, null));
                }
            }
        }
        return out.toString();
    }

    private static void declareIts(XMLStreamWriter w, Review review) throws XMLStreamException {
        if (review.marks()) {
            w.writeNamespace("its", XliffReader.ITS);
            w.writeAttribute("its", XliffReader.ITS, "version", "2.0");
        }
    }

    private static void raw(XMLStreamWriter w, String xml) throws XMLStreamException {
        ((org.codehaus.stax2.XMLStreamWriter2) w).writeRaw(xml);
    }

    public static byte[] xliff2(String name, String sourceLang, String targetLang, List<Row> rows, boolean withReview) {
        Review review = new Review(rows, withReview);
        return write(w -> {
            w.writeStartElement("xliff");
            w.writeDefaultNamespace(XliffReader.NS_20);
            declareIts(w, review);
            w.writeAttribute("version", "2.1");
            w.writeAttribute("srcLang", sourceLang);
            w.writeAttribute("trgLang", targetLang);
            w.writeCharacters("\n ");
            w.writeStartElement("file");
            w.writeAttribute("id", "f1");
            w.writeAttribute("original", name);
            for (Map.Entry<String, List<Row>> unit : byParagraph(rows).entrySet()) {
                w.writeCharacters("\n  ");
                w.writeStartElement("unit");
                w.writeAttribute("id", unit.getKey());
                String standOffs = review.standOffs(unit.getValue());
                String notes = notes(unit.getValue(), withReview, true);
                if (!standOffs.isEmpty() || !notes.isEmpty()) {
                    w.writeCharacters("\n   ");
                    raw(w, standOffs + (notes.isEmpty() ? "" : "<notes>" + notes + "</notes>"));
                }
                int k = 0;
                for (Row row : unit.getValue()) {
                    if (k > 0) {
                        w.writeCharacters("\n   ");
                        w.writeStartElement("ignorable");
                        element(w, "source", " ");
                        w.writeEndElement();
                    }
                    k++;
                    w.writeCharacters("\n   ");
                    w.writeStartElement("segment");
                    w.writeAttribute("id", "s" + k);
                    if (row.state() != null) {
                        w.writeAttribute("state", XliffStates.xliff2State(row.state()));
                        if (row.state() == FileState.REJECTED) {
                            w.writeAttribute("subState", XliffStates.REJECTED_SUBSTATE);
                        }
                    }
                    w.writeCharacters("\n    ");
                    element(w, "source", row.source());
                    w.writeCharacters("\n    ");
                    if (review.clusters.containsKey(row)) {
                        w.writeStartElement("target");
                        raw(w, review.target(row, true));
                        w.writeEndElement();
                    } else {
                        element(w, "target", row.target());
                    }
                    w.writeCharacters("\n   ");
                    w.writeEndElement();
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    public static byte[] xliff12(String name, String sourceLang, String targetLang, List<Row> rows, boolean withReview) {
        Review review = new Review(rows, withReview);
        return write(w -> {
            w.writeStartElement("xliff");
            w.writeDefaultNamespace(NS_12);
            declareIts(w, review);
            w.writeAttribute("version", "1.2");
            w.writeCharacters("\n ");
            w.writeStartElement("file");
            w.writeAttribute("original", name);
            w.writeAttribute("source-language", sourceLang);
            w.writeAttribute("target-language", targetLang);
            w.writeAttribute("datatype", "plaintext");
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            for (Map.Entry<String, List<Row>> unit : byParagraph(rows).entrySet()) {
                List<Row> sentences = unit.getValue();
                w.writeCharacters("\n   ");
                w.writeStartElement("trans-unit");
                w.writeAttribute("id", unit.getKey());
                FileState state = sentences.stream().map(Row::state).reduce(null, XliffStates::combined);
                if (state == FileState.APPROVED) {
                    w.writeAttribute("approved", "yes");
                }
                w.writeCharacters("\n    ");
                element(w, "source", String.join(" ", sentences.stream().map(Row::source).toList()));
                w.writeCharacters("\n    ");
                w.writeStartElement("seg-source");
                segments(w, sentences, true, review);
                w.writeEndElement();
                w.writeCharacters("\n    ");
                w.writeStartElement("target");
                w.writeAttribute("xml:lang", targetLang);
                if (state != null) {
                    w.writeAttribute("state", XliffStates.xliff12State(state));
                    if (state == FileState.REJECTED) {
                        w.writeAttribute("state-qualifier", XliffStates.REJECTED_QUALIFIER);
                    }
                }
                segments(w, sentences, false, review);
                w.writeEndElement();
                String notes = notes(sentences, withReview, false);
                String standOffs = review.standOffs(sentences);
                if (!notes.isEmpty() || !standOffs.isEmpty()) {
                    w.writeCharacters("\n    ");
                    raw(w, notes + standOffs);
                }
                w.writeCharacters("\n   ");
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    /** The corrected target: sentences joined by a space, paragraphs by a blank line. */
    public static byte[] plainTarget(List<Row> rows) {
        List<String> paragraphs = new ArrayList<>();
        for (List<Row> unit : byParagraph(rows).values()) {
            paragraphs.add(String.join(" ", unit.stream().map(Row::target).filter(t -> !t.isBlank()).toList()));
        }
        return (String.join("\n\n", paragraphs) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void segments(XMLStreamWriter w, List<Row> sentences, boolean source, Review review)
            throws XMLStreamException {
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                w.writeCharacters(" ");
            }
            w.writeStartElement("mrk");
            w.writeAttribute("mtype", "seg");
            w.writeAttribute("mid", String.valueOf(k + 1));
            Row row = sentences.get(k);
            if (!source && review.clusters.containsKey(row)) {
                raw(w, review.target(row, false));
            } else {
                w.writeCharacters(source ? row.source() : row.target());
            }
            w.writeEndElement();
        }
    }

    private static Map<String, List<Row>> byParagraph(List<Row> rows) {
        Map<String, List<Row>> units = new LinkedHashMap<>();
        for (Row row : rows) {
            units.computeIfAbsent(row.paragraph(), k -> new ArrayList<>()).add(row);
        }
        return units;
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = SecureXml.output().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF failed", e);
        }
        return out.toByteArray();
    }
}
