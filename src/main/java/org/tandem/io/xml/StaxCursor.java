package org.tandem.io.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.tandem.io.ImportException;

/**
 * One pass over a file's decoded text with a reader that never reads a DTD ({@link SecureXml}), and what every
 * Tandem reader asks of it: the next event (an undeclared entity refused), attributes, the character offsets of
 * the event in the text, skipping an element, and errors that name the file, line and column. A file that is not
 * well-formed fails with an {@link ImportException}.
 */
public final class StaxCursor {

    private final String fileName;
    private final XMLStreamReader2 r;

    private StaxCursor(String fileName, XMLStreamReader2 reader) {
        this.fileName = fileName;
        this.r = reader;
    }

    public static StaxCursor over(String fileName, String text) {
        try {
            return new StaxCursor(fileName, SecureXml.reader(text));
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    public String fileName() {
        return fileName;
    }

    /** The reader itself, for what this class does not offer (namespaces, attribute lists). */
    public XMLStreamReader2 reader() {
        return r;
    }

    public boolean hasNext() {
        try {
            return r.hasNext();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    /** The next event; a reference to an entity other than the five XML ones is an error naming it. */
    public int next() {
        try {
            int event = r.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw undeclaredEntity();
            }
            return event;
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    /** Moves to the next start element, if there is one before the end. */
    public boolean nextStartElement() {
        while (hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    public int eventType() {
        return r.getEventType();
    }

    public String localName() {
        return r.getLocalName();
    }

    /** The namespace of the current element, "" for none. */
    public String namespace() {
        return r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
    }

    /** The qualified name as written ({@code prefix:name}). */
    public String qualifiedName() {
        return r.getPrefix() == null || r.getPrefix().isEmpty() ? r.getLocalName()
                : r.getPrefix() + ":" + r.getLocalName();
    }

    /**
     * An attribute by local name in no namespace or any (XLIFF files put some in their own), except that a
     * namespaced {@code lang} (that is {@code xml:lang}) never stands for a plain {@code lang}.
     */
    public String attr(String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty() || !localName.equals("lang")) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** An attribute in a namespace. */
    public String attr(String namespace, String localName) {
        return r.getAttributeValue(namespace, localName);
    }

    /** Where the current event starts in the text (a start tag's {@code <}). */
    public int start() {
        return (int) r.getLocationInfo().getStartingCharOffset();
    }

    /** Where the current event ends in the text (after a start tag's {@code >}). */
    public int end() {
        try {
            return (int) r.getLocationInfo().getEndingCharOffset();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    public boolean isEmptyElement() {
        try {
            return r.isEmptyElement();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    public String text() {
        return r.getText();
    }

    /** The text content of the current element, up to its end tag. */
    public String elementText() {
        try {
            return r.getElementText();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
    }

    /** Skips to the end of the element the reader is at. */
    public void skipElement() {
        int depth = 1;
        while (depth > 0 && hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    public int line() {
        return r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
    }

    /** A problem at the current place of the file. */
    public ImportException problem(String message) {
        return new ImportException(fileName, message, line(),
                r.getLocation() == null ? -1 : r.getLocation().getColumnNumber(), null);
    }

    private ImportException undeclaredEntity() {
        return problem("reference to the undeclared entity &" + r.getLocalName()
                + "; (Tandem never reads DTDs, so only the five XML entities and character references work)");
    }
}
