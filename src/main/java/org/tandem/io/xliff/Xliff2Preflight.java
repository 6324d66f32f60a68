package org.tandem.io.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.tandem.io.ImportException;
import org.tandem.io.xml.SecureXml;
import org.tandem.io.xml.StaxCursor;

/**
 * XLIFF 2 rules that Okapi 1.47 does not check, and the inputs to give Okapi where it wrongly rejects valid files
 * (measured on the OASIS suite; DECISIONS.md):
 * <ul>
 *   <li>checked here: size and storage restriction patterns, integer {@code equivStorage}/{@code sizeInfo},
 *       {@code sizeInfo} with {@code sizeInfoRef}, {@code sizeInfoRef} resolving to a sibling {@code slr:data},
 *       {@code res:source}/{@code res:target} with both content and {@code href}, a change-tracking property
 *       given twice in one revision, glossary references into the target;</li>
 *   <li>hidden from Okapi (after being checked here): the second and later {@code ctr:changeTrack} of a unit
 *       (each is validated in a copy of its own), glossary references into the target, XLIFF 2.2 top-level
 *       notes and metadata;</li>
 *   <li>tolerated with a warning: a {@code translate} value other than yes/no, as some tools write.</li>
 * </ul>
 */
public final class Xliff2Preflight {

    static final String SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
    static final String RES = "urn:oasis:names:tc:xliff:resourcedata:2.0";
    static final String CTR = "urn:oasis:names:tc:xliff:changetracking:2.0";
    static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    private static final Pattern RESTRICTION = Pattern.compile("\\*|\\d+|\\d+,(\\d+|\\*)");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern TARGET_REF = Pattern.compile("\\sref\\s*=\\s*([\"'])t=#[^\"']*\\1");
    private static final Pattern NOTE_REF = Pattern.compile("\\sref\\s*=\\s*([\"'])[^\"']*\\1");
    private static final Pattern BAD_TRANSLATE = Pattern.compile("(\\stranslate\\s*=\\s*)([\"'])(?!yes\\2|no\\2)[^\"']*\\2");

    /** What the preflight found: warnings to show and one or more texts for Okapi to validate. */
    record Result(List<String> warnings, List<String> okapiInputs) {
    }

    private final String fileName;
    private final String text;
    private final List<String> warnings = new ArrayList<>();
    private final List<int[]> blanks = new ArrayList<>();
    private final List<List<int[]>> changeTracks = new ArrayList<>();
    private final Map<Integer, Set<String>> dataIdsByParent = new HashMap<>();
    private final List<Object[]> sizeInfoRefs = new ArrayList<>();
    private final ChangeTracks trackRules;
    private StaxCursor cursor;
    private boolean profileDeclared;

    private Xliff2Preflight(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.trackRules = new ChangeTracks(fileName, text);
    }

    static Result run(String fileName, String text) {
        return new Xliff2Preflight(fileName, text).scan();
    }

    private Result scan() {
        try {
            cursor = StaxCursor.over(fileName, text);
            boolean v22 = false;
            Deque<Integer> serials = new ArrayDeque<>();
            Deque<String> names = new ArrayDeque<>();
            int serial = 0;
            Integer dataParent = null;
            int dataDepth = -1;
            List<int[]> unitChangeTracks = null;
            Set<String> unitTargetIds = null;
            List<String[]> unitTargetRefs = null;
            Map<String, Set<String>> unitAttributesById = null;
            List<ChangeTracks.Revisions> unitRevisions = null;
            Map<String, Integer> revisionProperties = null;
            String revisionProperty = null;
            while (cursor.hasNext()) {
                int event = cursor.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    serial++;
                    String ns = cursor.namespace();
                    String name = cursor.localName();
                    int start = cursor.start();
                    if (serials.isEmpty()) {
                        v22 = ns.endsWith(":2.2");
                    }
                    if (SLR.equals(ns) && "profiles".equals(name)) {
                        profileDeclared = true;
                    }
                    checkSizeAttributes(serials);
                    checkTranslate();
                    if (v22 && serials.size() == 1 && ("notes".equals(name) || MDA.equals(ns))) {
                        blankElement(start);
                        continue;
                    }
                    if (v22 && "note".equals(name) && attribute("ref") != null) {
                        // XLIFF 2.2 lets a note point at a segment; Okapi's 2.0 schema does not know the attribute.
                        blankPattern(start, cursor.end(), NOTE_REF);
                    }
                    if ("unit".equals(name) && !ns.equals(SLR)) {
                        unitChangeTracks = new ArrayList<>();
                        unitTargetIds = new HashSet<>();
                        unitTargetRefs = new ArrayList<>();
                        unitAttributesById = new HashMap<>();
                        unitRevisions = new ArrayList<>();
                    }
                    if (unitAttributesById != null && !CTR.equals(ns) && attribute("id") != null) {
                        Set<String> attributes = new HashSet<>();
                        for (int i = 0; i < cursor.reader().getAttributeCount(); i++) {
                            attributes.add(cursor.reader().getAttributeLocalName(i));
                        }
                        unitAttributesById.put(attribute("id"), attributes);
                    }
                    if (SLR.equals(ns) && "data".equals(name)) {
                        dataParent = serials.peek();
                        dataDepth = serials.size();
                    } else if (dataParent != null) {
                        String id = attribute("id");
                        if (id != null) {
                            dataIdsByParent.computeIfAbsent(dataParent, k -> new HashSet<>()).add(id);
                        }
                    }
                    if (CTR.equals(ns) && "changeTrack".equals(name) && unitChangeTracks != null) {
                        int end = endOfElement();
                        unitChangeTracks.add(new int[] {start, end});
                        trackRules.check(text.substring(start, end), start, cursor.reader().getPrefix(), unitRevisions);
                        continue;
                    }
                    if (RES.equals(ns) && ("source".equals(name) || "target".equals(name))) {
                        checkResource(name, start);
                        continue;
                    }
                    if (GLS.equals(ns) && unitTargetRefs != null) {
                        String ref = attribute("ref");
                        if (ref != null && ref.startsWith("t=#")) {
                            unitTargetRefs.add(new String[] {ref.substring(3), String.valueOf(line())});
                            int openEnd = cursor.end();
                            blankPattern(start, openEnd, TARGET_REF);
                        }
                    }
                    if (unitTargetIds != null && names.contains("target")) {
                        String id = attribute("id");
                        if (id != null) {
                            unitTargetIds.add(id);
                        }
                    }
                    serials.push(serial);
                    names.push(name);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = cursor.localName();
                    serials.pop();
                    names.pop();
                    if (dataParent != null && serials.size() == dataDepth) {
                        dataParent = null;
                    }
                    if ("unit".equals(name) && unitChangeTracks != null) {
                        if (unitChangeTracks.size() > 1) {
                            changeTracks.add(unitChangeTracks);
                        }
                        for (String[] ref : unitTargetRefs) {
                            if (!unitTargetIds.contains(ref[0])) {
                                throw new ImportException(fileName, "glossary reference \"t=#" + ref[0]
                                        + "\" points to no element of the unit's target", Integer.parseInt(ref[1]), -1, null);
                            }
                        }
                        for (ChangeTracks.Revisions revisions : unitRevisions) {
                            trackRules.checkRevisions(revisions, unitAttributesById);
                        }
                        unitChangeTracks = null;
                        unitTargetIds = null;
                        unitTargetRefs = null;
                        unitAttributesById = null;
                        unitRevisions = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw SecureXml.failure(fileName, e);
        }
        for (Object[] ref : sizeInfoRefs) {
            @SuppressWarnings("unchecked")
            List<Integer> ancestors = (List<Integer>) ref[1];
            boolean found = ancestors.stream()
                    .anyMatch(a -> dataIdsByParent.getOrDefault(a, Set.of()).contains((String) ref[0]));
            if (!found) {
                throw new ImportException(fileName, "slr:sizeInfoRef=\"" + ref[0]
                        + "\" points to no element of an slr:data beside this element or an ancestor",
                        (Integer) ref[2], -1, null);
            }
        }
        return new Result(List.copyOf(warnings), okapiInputs());
    }

    private List<String> okapiInputs() {
        String base = apply(text, blanks);
        base = fixTranslate(base);
        if (changeTracks.isEmpty()) {
            return List.of(base);
        }
        int most = changeTracks.stream().mapToInt(List::size).max().orElse(1);
        List<String> inputs = new ArrayList<>();
        for (int keep = 0; keep < most; keep++) {
            List<int[]> hide = new ArrayList<>(blanks);
            for (List<int[]> unit : changeTracks) {
                int kept = Math.min(keep, unit.size() - 1);
                for (int i = 0; i < unit.size(); i++) {
                    if (i != kept) {
                        hide.add(unit.get(i));
                    }
                }
            }
            inputs.add(fixTranslate(apply(text, hide)));
        }
        return inputs;
    }

    private String fixTranslate(String s) {
        return BAD_TRANSLATE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + "yes" + m.group(2) + " ".repeat(Math.max(0, m.group().length()
                        - m.group(1).length() - 5))));
    }

    private void checkTranslate() {
        String value = attribute("translate");
        if (value != null && !value.equals("yes") && !value.equals("no")) {
            warnings.add("line " + line() + ": <" + cursor.localName() + "> has translate=\"" + value
                    + "\", which is neither yes nor no; read as yes");
        }
    }

    private void checkSizeAttributes(Deque<Integer> ancestors) {
        String size = slr("sizeRestriction");
        String storage = slr("storageRestriction");
        for (String[] pair : new String[][] {{"sizeRestriction", size}, {"storageRestriction", storage}}) {
            if (pair[1] != null && pair[1].isBlank()) {
                warnings.add("line " + line() + ": empty slr:" + pair[0] + " ignored");
            } else if (pair[1] != null && !RESTRICTION.matcher(pair[1].trim()).matches()) {
                throw rule("slr:" + pair[0] + "=\"" + pair[1] + "\" is not \"*\", \"n\", \"n,m\" or \"n,*\"");
            }
        }
        String equiv = slr("equivStorage");
        if (equiv != null && sizeValueMustBeInteger(equiv) && !INTEGER.matcher(equiv.trim()).matches()) {
            throw rule("slr:equivStorage=\"" + equiv + "\" is not an integer");
        }
        String info = slr("sizeInfo");
        if (info != null && sizeValueMustBeInteger(info) && !INTEGER.matcher(info.trim()).matches()) {
            throw rule("slr:sizeInfo=\"" + info + "\" is not an integer");
        }
        String infoRef = slr("sizeInfoRef");
        if (info != null && infoRef != null) {
            throw rule("slr:sizeInfo and slr:sizeInfoRef may not both be present");
        }
        if (infoRef != null) {
            sizeInfoRefs.add(new Object[] {infoRef, new ArrayList<>(ancestors), line()});
        }
    }

    /**
     * The standard profiles make sizes integers. Without a declared profile a value is profile-specific data,
     * yet a number that is not an integer is still a broken size: the OASIS suite holds both cases
     * ({@code withModulesAttributesInEc.xlf} valid, {@code Bad-slr_sizeInfo-not-integer.xlf} invalid).
     */
    private boolean sizeValueMustBeInteger(String value) {
        return profileDeclared || value.trim().matches("[-+]?[\\d.,]+");
    }

    private void checkResource(String name, int start) {
        boolean href = attribute("href") != null;
        int line = line();
        boolean content = false;
        int depth = 1;
        while (depth > 0 && cursor.hasNext()) {
            int event = cursor.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                content = true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && !cursor.text().isBlank()) {
                content = true;
            }
        }
        if (content && href) {
            throw new ImportException(fileName, "res:" + name + " has both content and href (href is allowed only "
                    + "when it is empty)", line, -1, null);
        }
    }

    private int endOfElement() {
        cursor.skipElement();
        return cursor.end();
    }

    private void blankElement(int start) {
        blanks.add(new int[] {start, endOfElement()});
    }

    private void blankPattern(int from, int to, Pattern pattern) {
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            blanks.add(new int[] {m.start(), m.end()});
        }
    }

    private static String apply(String text, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int[] range : ranges) {
            for (int i = range[0]; i < range[1]; i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private String slr(String localName) {
        return cursor.attr(SLR, localName);
    }

    private String attribute(String localName) {
        return cursor.attr(null, localName);
    }

    private int line() {
        return cursor.line();
    }

    private ImportException rule(String message) {
        return new ImportException(fileName, message, line(), -1, null);
    }
}
