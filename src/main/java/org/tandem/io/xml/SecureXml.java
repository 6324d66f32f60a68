package org.tandem.io.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.tandem.io.ImportException;

/**
 * Woodstox readers that never process a DTD: no external entity, no external subset, no internal-subset entity
 * is ever resolved or fetched. An entity reference other than the five XML predefines is a parse error.
 */
public final class SecureXml {

    private static final XMLInputFactory2 INPUT = create();
    private static final XMLOutputFactory OUTPUT = new WstxOutputFactory();

    private SecureXml() {
    }

    private static XMLInputFactory2 create() {
        XMLInputFactory2 factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver)
                (publicId, systemId, baseUri, namespace) -> {
                    throw new XMLStreamException("external reference refused: " + systemId);
                });
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 1000);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 500);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 64 * 1024 * 1024);
        return factory;
    }

    public static XMLStreamReader2 reader(String text) throws XMLStreamException {
        return (XMLStreamReader2) INPUT.createXMLStreamReader(new StringReader(text));
    }

    public static XMLOutputFactory output() {
        return OUTPUT;
    }

    /** The XML parse error behind a runtime exception (Woodstox's lazy exceptions, a library's wrapper), or null. */
    public static XMLStreamException xmlCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XMLStreamException xml) {
                return xml;
            }
        }
        return null;
    }

    /** Wraps a parse failure with file, line and column. */
    public static ImportException failure(String fileName, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
        String message = e.getMessage();
        // Woodstox repeats the location as a prefix "ParseError at [row,col]:[5,3]\nMessage: …"
        int idx = message == null ? -1 : message.indexOf("Message: ");
        if (idx >= 0) {
            message = message.substring(idx + "Message: ".length());
        }
        int at = message == null ? -1 : message.indexOf("\n at [row,col");
        if (at >= 0) {
            message = message.substring(0, at);
        }
        return new ImportException(fileName, "not well-formed XML: " + message, line, column, e);
    }
}
