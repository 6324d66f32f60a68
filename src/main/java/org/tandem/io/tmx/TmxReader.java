package org.tandem.io.tmx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.filters.tmx.Parameters;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.tandem.io.ImportException;
import org.tandem.io.MemoryData;
import org.tandem.io.xml.DecodedText;
import org.tandem.io.xml.SecureXml;
import org.tandem.io.xml.StaxCursor;
import org.tandem.markup.Placeholders;

/**
 * TMX in: a first pass with Tandem's own reader, which never reads a DTD, checks that the file is well-formed TMX
 * and learns its languages (Okapi's filter must be told the pair before it reads); then Okapi's TMX filter reads the
 * units, all target languages at once. Inline codes ({@code bpt/ept}, {@code ph}, {@code it}, {@code hi}) become
 * placeholder tokens numbered per unit, an opening and its closing sharing a number.
 */
public final class TmxReader {

    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'",
            Locale.ROOT);

    private TmxReader() {
    }

    public static MemoryData read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(fileName, "is empty");
        }
        String text = DecodedText.ofXml(fileName, bytes).text();
        Languages languages = languages(fileName, text);
        // Okapi reads bytes; hand it the decoded text as UTF-8 with a declaration saying so, whatever the file used
        String utf8 = text.replaceFirst("^\\uFEFF?<\\?xml[^>]*\\?>", "");
        byte[] input = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + utf8).getBytes(StandardCharsets.UTF_8);
        LocaleId source = LocaleId.fromBCP47(languages.source());
        List<MemoryData.Unit> units = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Parameters parameters = new Parameters();
        parameters.setProcessAllTargets(true);
        parameters.setExitOnInvalid(false);
        try (TmxFilter filter = new TmxFilter();
             RawDocument raw = new RawDocument(new ByteArrayInputStream(input), "UTF-8", source,
                     LocaleId.fromBCP47(languages.targets().iterator().next()))) {
            filter.setParameters(parameters);
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    add(event.getTextUnit(), languages.source(), units, skipped);
                }
            }
        } catch (OkapiException e) {
            javax.xml.stream.XMLStreamException xml = SecureXml.xmlCause(e);
            if (xml != null) {
                throw SecureXml.failure(fileName, xml);
            }
            throw new ImportException(fileName, "Okapi's TMX filter could not read it: " + e.getMessage());
        }
        if (units.isEmpty()) {
            throw new ImportException(fileName, "has no translation unit with both a " + languages.source()
                    + " source and a target" + (skipped.isEmpty() ? "" : " (" + skipped.get(0) + ")"));
        }
        return new MemoryData(languages.source(), units, skipped);
    }

    private record Languages(String source, Set<String> targets) {
    }

    /** The source language (the header's, or the first variant's where it says {@code *all*}) and all others. */
    private static Languages languages(String fileName, String text) {
        StaxCursor cursor = StaxCursor.over(fileName, text);
        if (!cursor.nextStartElement() || !"tmx".equals(cursor.localName())) {
            throw new ImportException(fileName, "is not a TMX file: the root element is <"
                    + (cursor.eventType() == javax.xml.stream.XMLStreamConstants.START_ELEMENT ? cursor.localName()
                    : "none") + ">, not <tmx>");
        }
        String source = null;
        Set<String> langs = new LinkedHashSet<>();
        int units = 0;
        while (cursor.nextStartElement()) {
            switch (cursor.localName()) {
                case "header" -> source = cursor.attr("srclang");
                case "tu" -> units++;
                case "tuv" -> {
                    String lang = cursor.attr(javax.xml.XMLConstants.XML_NS_URI, "lang");
                    lang = lang == null ? cursor.attr("lang") : lang; // TMX 1.1–1.3
                    if (lang == null || lang.isBlank()) {
                        throw cursor.problem("a <tuv> has no xml:lang");
                    }
                    langs.add(canonical(lang));
                    if (source == null || "*all*".equalsIgnoreCase(source)) {
                        source = lang;
                    }
                }
                default -> { }
            }
        }
        if (source == null || source.isBlank()) {
            throw new ImportException(fileName, "does not name its source language (<header srclang>)");
        }
        String src = canonical(source);
        if (units == 0) {
            throw new ImportException(fileName, "has no translation unit (<tu>)");
        }
        Set<String> targets = new LinkedHashSet<>(langs);
        targets.removeIf(l -> l.equalsIgnoreCase(src));
        if (targets.isEmpty()) {
            throw new ImportException(fileName, "has no language besides its source " + src
                    + ", so no translation");
        }
        return new Languages(src, targets);
    }

    /** A language tag as BCP 47 writes it (en-us → en-US); one that is not a tag stays as the file has it. */
    static String canonical(String tag) {
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return locale.getLanguage().isEmpty() ? tag.strip() : locale.toLanguageTag();
    }

    private static void add(ITextUnit tu, String sourceLang, List<MemoryData.Unit> units, List<String> skipped) {
        Map<Integer, Integer> numbers = new HashMap<>();
        String source = tokens(tu.getSource(), numbers);
        if (source.isBlank()) {
            skipped.add("unit " + tu.getId() + ": empty source");
            return;
        }
        boolean any = false;
        for (LocaleId locale : tu.getTargetLocales()) {
            TextContainer container = tu.getTarget(locale);
            String target = container == null ? "" : tokens(container, new HashMap<>(numbers));
            if (target.isBlank()) {
                continue;
            }
            any = true;
            String who = first(attribute(container, tu, "changeid"), attribute(container, tu, "creationid"));
            Instant when = date(first(attribute(container, tu, "changedate"), attribute(container, tu,
                    "creationdate")));
            String origin = first(attribute(container, tu, "x-document"), "");
            units.add(new MemoryData.Unit(sourceLang, canonical(locale.toBCP47()), source, target, who, when,
                    origin));
        }
        if (!any) {
            skipped.add("unit " + tu.getId() + ": no target");
        }
    }

    private static String attribute(TextContainer variant, ITextUnit tu, String name) {
        Property own = variant == null ? null : variant.getProperty(name);
        if (own != null && own.getValue() != null && !own.getValue().isBlank()) {
            return own.getValue().strip();
        }
        Property unit = tu.getProperty(name);
        return unit == null || unit.getValue() == null || unit.getValue().isBlank() ? null : unit.getValue().strip();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** A TMX date (YYYYMMDDThhmmssZ, UTC); null when absent or not one. */
    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, TMX_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The text with each inline code as a placeholder token. Numbers follow Okapi's code ids, so that a target's
     * codes get the numbers of the source codes they pair with; a target's code the source lacks gets a new
     * number. An opening or closing code without its partner (TMX {@code it}) stands alone.
     */
    static String tokens(TextContainer container, Map<Integer, Integer> numbers) {
        TextFragment fragment = container.getUnSegmentedContentCopy();
        String coded = fragment.getCodedText();
        List<Code> codes = fragment.getCodes();
        Set<Integer> opened = new java.util.HashSet<>();
        Set<Integer> closed = new java.util.HashSet<>();
        for (Code code : codes) {
            if (code.getTagType() == TagType.OPENING) {
                opened.add(code.getId());
            } else if (code.getTagType() == TagType.CLOSING) {
                closed.add(code.getId());
            }
        }
        StringBuilder out = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                int number = numbers.computeIfAbsent(code.getId(), id -> numbers.size() + 1);
                boolean paired = opened.contains(code.getId()) && closed.contains(code.getId());
                if (code.getTagType() == TagType.OPENING && paired) {
                    out.append(Placeholders.LEFT).append(number).append(Placeholders.RIGHT);
                } else if (code.getTagType() == TagType.CLOSING && paired) {
                    out.append(Placeholders.LEFT).append('/').append(number).append(Placeholders.RIGHT);
                } else {
                    out.append(Placeholders.LEFT).append(number).append('/').append(Placeholders.RIGHT);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
