package org.tandem.io.tmx;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextUnit;
import org.tandem.io.MemoryData;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/**
 * TMX 1.4b out, with Okapi's TMX writer: one {@code <tu>} per unit with who made it and when as the standard
 * attributes ({@code creationid}, {@code creationdate}), the document it came from as an {@code x-document}
 * property, and placeholder tokens as {@code <bpt>/<ept>} (paired) or {@code <ph>} codes.
 */
public final class TmxWriter {

    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private TmxWriter() {
    }

    public static byte[] write(String sourceLang, String targetLang, Iterable<MemoryData.Unit> units) {
        StringWriter out = new StringWriter();
        LocaleId source = LocaleId.fromBCP47(sourceLang);
        LocaleId target = LocaleId.fromBCP47(targetLang);
        TMXWriter tmx = new TMXWriter(new XMLWriter(out));
        tmx.setWriteAllPropertiesAsAttributes(true);
        tmx.writeStartDocument(source, target, "Tandem", "1", "sentence", "Tandem", "plaintext");
        int n = 0;
        for (MemoryData.Unit unit : units) {
            ITextUnit tu = new TextUnit(String.valueOf(++n));
            tu.setSourceContent(fragment(unit.source()));
            tu.setTargetContent(LocaleId.fromBCP47(unit.targetLang()), fragment(unit.target()));
            if (!unit.createdBy().isEmpty()) {
                tu.setProperty(new Property("creationid", unit.createdBy()));
            }
            if (unit.createdAt() != null) {
                tu.setProperty(new Property("creationdate", TMX_DATE.format(unit.createdAt())));
            }
            if (!unit.origin().isEmpty()) {
                tu.setProperty(new Property("x-document", unit.origin()));
            }
            tmx.writeTUFull(tu, source);
        }
        tmx.writeEndDocument();
        tmx.close();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text with placeholder tokens as Okapi codes, each keeping its number as its id. */
    static TextFragment fragment(String text) {
        TextFragment fragment = new TextFragment();
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            fragment.append(text.substring(at, token.start()));
            TagType type = token.kind() == InlineCode.Kind.OPEN ? TagType.OPENING
                    : token.kind() == InlineCode.Kind.CLOSE ? TagType.CLOSING : TagType.PLACEHOLDER;
            fragment.append(type, "x-tandem", "", token.number());
            at = token.end();
        }
        fragment.append(text.substring(at));
        return fragment;
    }
}
