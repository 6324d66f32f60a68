package org.tandem.io;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.tandem.io.termbase.GlossaryCsv;
import org.tandem.io.termbase.TbxReader;
import org.tandem.io.termbase.TbxWriter;
import org.tandem.io.xml.DecodedText;

/** Termbase files: TBX (v2, v3 DCA/DCT) and CSV/TSV in, TBX-Basic and CSV out. Nothing here touches storage. */
@Service
public class TermbaseFiles {

    public enum Format { TBX, CSV }

    /**
     * Reads a termbase file, TBX when it is XML, else CSV/TSV.
     *
     * @param languages the languages of a CSV file's columns when its header does not name them; may be empty
     * @throws ImportException naming the file and the problem; never returns a termbase without terms
     */
    public TermbaseData read(String fileName, byte[] bytes, List<String> languages) {
        if (bytes.length == 0) {
            throw new ImportException(fileName, "is empty");
        }
        if (looksLikeXml(bytes)) {
            try {
                return TbxReader.read(fileName, DecodedText.ofXml(fileName, bytes).text());
            } catch (ImportException e) {
                throw e;
            } catch (RuntimeException e) {
                javax.xml.stream.XMLStreamException xml = org.tandem.io.xml.SecureXml.xmlCause(e);
                if (xml != null) {
                    throw org.tandem.io.xml.SecureXml.failure(fileName, xml);
                }
                throw e;
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            throw new ImportException(fileName, "is not XML, so not TBX (it does not start with '<')");
        }
        return GlossaryCsv.read(fileName, DecodedText.ofPlainText(fileName, bytes).text(), languages);
    }

    public byte[] write(TermbaseData termbase, Format format) {
        return format == Format.TBX ? TbxWriter.write(termbase) : GlossaryCsv.write(termbase);
    }

    private static boolean looksLikeXml(byte[] bytes) {
        String head = DecodedText.sniff(bytes);
        return head.stripLeading().startsWith("<");
    }
}
