package org.tandem.io.termbase;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.xml.SecureXml;

/**
 * Writes TBX-Basic v3, DCA style, which {@link TbxReader} and other tools read back. What TBX-Basic has no data
 * category for is written as term notes: "forbidden" (with status deprecated) and "case-sensitive".
 */
public final class TbxWriter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern NC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Set<String> PARTS_OF_SPEECH = Set.of("adjective", "noun", "other", "verb", "adverb",
            "properNoun");

    private TbxWriter() {
    }

    public static byte[] write(TermbaseData termbase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = SecureXml.output().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("tbx");
            w.writeDefaultNamespace("urn:iso:std:iso:30042:ed-2");
            w.writeAttribute("type", "TBX-Basic");
            w.writeAttribute("style", "dca");
            w.writeAttribute("xml", XML_NS, "lang", termbase.languages().isEmpty() ? "en" : termbase.languages().get(0));
            open(w, 1, "tbxHeader");
            open(w, 2, "fileDesc");
            open(w, 3, "titleStmt");
            element(w, 4, "title", null, termbase.name().isEmpty() ? "Termbase" : termbase.name());
            close(w, 3);
            open(w, 3, "sourceDesc");
            element(w, 4, "p", null, termbase.description().isEmpty() ? "Exported by Tandem" : termbase.description());
            close(w, 3);
            close(w, 2);
            close(w, 1);
            open(w, 1, "text");
            open(w, 2, "body");
            Set<String> ids = new HashSet<>();
            int index = 0;
            for (TermbaseData.Concept concept : termbase.concepts()) {
                index++;
                String id = NC_NAME.matcher(concept.id()).matches() && ids.add(concept.id()) ? concept.id() : "c" + index;
                ids.add(id);
                indent(w, 3);
                w.writeStartElement("conceptEntry");
                w.writeAttribute("id", id);
                element(w, 4, "descrip", "subjectField", concept.subjectField());
                element(w, 4, "descrip", "definition", concept.definition());
                for (String note : concept.note().isEmpty() ? new String[0] : concept.note().split("\n")) {
                    element(w, 4, "note", null, note);
                }
                String lang = null;
                for (TermbaseData.Term term : concept.terms()) {
                    if (!term.lang().equals(lang)) {
                        if (lang != null) {
                            close(w, 4);
                        }
                        lang = term.lang();
                        indent(w, 4);
                        w.writeStartElement("langSec");
                        w.writeAttribute("xml", XML_NS, "lang", lang);
                    }
                    open(w, 5, "termSec");
                    element(w, 6, "term", null, term.text());
                    String pos = term.partOfSpeech().isEmpty() || PARTS_OF_SPEECH.contains(term.partOfSpeech())
                            ? term.partOfSpeech() : "other";
                    element(w, 6, "termNote", "partOfSpeech", pos);
                    element(w, 6, "termNote", "administrativeStatus", switch (term.status()) {
                        case PREFERRED -> "preferredTerm-admn-sts";
                        case ADMITTED -> "admittedTerm-admn-sts";
                        case DEPRECATED, FORBIDDEN -> "deprecatedTerm-admn-sts";
                    });
                    for (String note : term.note().isEmpty() ? new String[0] : term.note().split("\n")) {
                        element(w, 6, "note", null, note);
                    }
                    if (term.status() == TermStatus.FORBIDDEN) {
                        element(w, 6, "note", null, TermStatus.FORBIDDEN_NOTE);
                    }
                    if (term.caseSensitive()) {
                        element(w, 6, "note", null, TbxReader.CASE_SENSITIVE_NOTE);
                    }
                    close(w, 5);
                }
                if (lang != null) {
                    close(w, 4);
                }
                close(w, 3);
            }
            close(w, 2);
            close(w, 1);
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing TBX failed", e);
        }
        return out.toByteArray();
    }

    private static void open(XMLStreamWriter w, int depth, String name) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement(name);
    }

    private static void close(XMLStreamWriter w, int depth) throws XMLStreamException {
        indent(w, depth);
        w.writeEndElement();
    }

    /** An element with text, or nothing when the text is empty. */
    private static void element(XMLStreamWriter w, int depth, String name, String type, String text)
            throws XMLStreamException {
        if (text == null || text.isEmpty()) {
            return;
        }
        indent(w, depth);
        w.writeStartElement(name);
        if (type != null) {
            w.writeAttribute("type", type);
        }
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
