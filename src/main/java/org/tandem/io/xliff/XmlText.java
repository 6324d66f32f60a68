package org.tandem.io.xliff;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.io.xml.DecodedText;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/** Segment text written as XML: escaped for the file's encoding, placeholder tokens back to their original markup. */
final class XmlText {

    private XmlText() {
    }

    /** Segment text to XML content: text escaped, placeholder tokens back to their original markup. */
    static String toXml(String text, List<InlineCode> codes, DecodedText encoding) {
        Map<String, String> markup = new HashMap<>();
        for (InlineCode code : codes) {
            markup.put(code.token(), code.xml());
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            escape(text.substring(at, token.start()), sb, encoding);
            String xml = markup.get(token.text());
            if (xml == null) {
                throw new IllegalArgumentException("unknown inline code " + token.text());
            }
            sb.append(xml);
            at = token.end();
        }
        escape(text.substring(at), sb, encoding);
        return sb.toString();
    }

    private static void escape(String s, StringBuilder sb, DecodedText encoding) {
        escape(s, sb, encoding, false);
    }

    /**
     * Escapes text for XML content, or with {@code attribute} for a double-quoted attribute value (quotes and line
     * breaks too); what the file's encoding cannot hold becomes a character reference.
     */
    static void escape(String s, StringBuilder sb, DecodedText encoding, boolean attribute) {
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (attribute && (cp == '"' || cp == '\n' || cp == '\r' || cp == '\t')) {
                        sb.append(cp == '"' ? "&quot;" : "&#" + cp + ";");
                    } else if (cp < 0x80 || encoding == null || encoding.canEncode(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
                    }
                }
            }
        });
    }
}
