package org.tandem.io.xliff;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.lib.xliff2.URIParser;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.tandem.io.ImportException;

/**
 * Validates XLIFF 2.x with Okapi's reader at maximal validation (schemas plus the specification's processing
 * requirements). Okapi knows 2.0/2.1 only; a 2.2 file is validated with its namespace read as 2.0.
 */
public final class Xliff2Validator {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*(\\[[^\\]]*\\])?\\s*>");
    private static final Pattern LINE = Pattern.compile("[Ll]ine(?: number)?\\s*[:=]?\\s*(\\d+)");
    private static final Map<String, String> EXTRA_PREFIXES = Map.of(
            "urn:iso:std:iso:30042:ed-1:v1:en", "tbx",
            "urn:iso:std:iso:30042:ed-2", "tbx");

    private Xliff2Validator() {
    }

    /** @return warnings about tolerated deviations */
    public static java.util.List<String> validate(String fileName, String text) {
        Xliff2Preflight.Result preflight = Xliff2Preflight.run(fileName, text);
        for (String input : preflight.okapiInputs()) {
            validateWithOkapi(fileName, input);
        }
        return preflight.warnings();
    }

    private static void validateWithOkapi(String fileName, String text) {
        String forOkapi = blankDoctype(text)
                .replace("urn:oasis:names:tc:xliff:document:2.2", XliffReader.NS_20)
                .replaceFirst("(<(?:\\w+:)?xliff\\b[^>]*\\bversion\\s*=\\s*[\"'])2\\.2([\"'])", "$12.0$2");
        URIParser uriParser = new URIParser();
        uriParser.addPrefixes(EXTRA_PREFIXES);
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL, uriParser)) {
            reader.open(forOkapi);
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (XLIFFException | net.sf.okapi.lib.xliff2.InvalidParameterException e) {
            String message = clean(e);
            Matcher m = LINE.matcher(message);
            int line = m.find() ? Integer.parseInt(m.group(1)) : -1;
            throw new ImportException(fileName, "invalid XLIFF 2: " + message, line, -1, e);
        } catch (RuntimeException e) {
            // Okapi's XLIFF 2 library fails on some invalid files instead of reporting them (a comment annotation
            // whose note has no id: NullPointerException). That is still the file's fault: say so, never a 500.
            throw new ImportException(fileName, "invalid XLIFF 2: the XLIFF 2 validator stopped on it (look for a "
                    + "reference to a note or element that has no id)", -1, -1, e);
        }
    }

    /** Okapi's messages often repeat their cause; keep the most specific sentence. */
    private static String clean(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while ((message == null || message.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            message = t.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").trim();
    }

    /** Removes a DOCTYPE (keeping line breaks, so line numbers stay right) so that no validator ever loads it. */
    static String blankDoctype(String text) {
        Matcher m = DOCTYPE.matcher(text);
        if (!m.find()) {
            return text;
        }
        String blank = m.group().replaceAll("[^\\n]", " ");
        return text.substring(0, m.start()) + blank + text.substring(m.end());
    }
}
