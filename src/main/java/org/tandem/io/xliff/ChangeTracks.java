package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.tandem.io.ImportException;
import org.tandem.io.xml.SecureXml;

/**
 * The XLIFF 2 change-tracking rules Okapi does not check: a {@code ctr:revisions ref} names an element of the unit,
 * each {@code ctr:item property} is content or one of its attributes, and no revision gives a property twice.
 */
final class ChangeTracks {

    private static final String CTR = "urn:oasis:names:tc:xliff:changetracking:2.0";

    private final String fileName;
    private final String text;

    ChangeTracks(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
    }

    /** A ctr:revisions element: what it points at and the properties its items name. */
    record Revisions(String ref, List<String> properties, int line) {
    }

    /** The ref of a revisions element names an element of the unit; each item property is content or its attribute. */
    void checkRevisions(Revisions revisions, Map<String, Set<String>> attributesById) {
        if (revisions.ref() == null) {
            return;
        }
        Set<String> attributes = attributesById.get(revisions.ref());
        if (attributes == null) {
            throw new ImportException(fileName, "ctr:revisions ref=\"" + revisions.ref()
                    + "\" points to no element of the unit", revisions.line(), -1, null);
        }
        for (String property : revisions.properties()) {
            if (!"content".equals(property) && !attributes.contains(property)) {
                throw new ImportException(fileName, "ctr:item property=\"" + property + "\" is neither content nor "
                        + "an attribute of the element \"" + revisions.ref() + "\"", revisions.line(), -1, null);
            }
        }
    }

    /** Checks one changeTrack element's text on its own: each property at most once per revision. */
    void check(String xml, int offset, String prefix, List<Revisions> found)
            throws XMLStreamException {
        String declared = prefix == null || prefix.isEmpty() ? xml : xml.replaceFirst("^<" + Pattern.quote(prefix)
                + ":changeTrack", "<" + prefix + ":changeTrack xmlns:" + prefix + "=\"" + CTR + "\"");
        XMLStreamReader2 inner = SecureXml.reader(declared);
        Map<String, Integer> seen = null;
        while (inner.hasNext()) {
            int event;
            try {
                event = inner.next();
            } catch (XMLStreamException e) {
                return; // an undeclared prefix in the slice: Okapi validates this part itself
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("revisions".equals(inner.getLocalName())) {
                    found.add(new Revisions(inner.getAttributeValue(null, "ref"), new ArrayList<>(),
                            lineAt(offset) + inner.getLocation().getLineNumber() - 1));
                } else if ("revision".equals(inner.getLocalName())) {
                    seen = new HashMap<>();
                } else if ("item".equals(inner.getLocalName()) && seen != null) {
                    String property = inner.getAttributeValue(null, "property");
                    if (property != null && !found.isEmpty()) {
                        found.get(found.size() - 1).properties().add(property);
                    }
                    if (property != null && seen.merge(property, 1, Integer::sum) > 1) {
                        int line = lineAt(offset) + inner.getLocation().getLineNumber() - 1;
                        throw new ImportException(fileName, "ctr:revision gives property \"" + property
                                + "\" more than once", line, -1, null);
                    }
                }
            }
        }
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
