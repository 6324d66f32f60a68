package org.tandem.io.termbase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.tandem.io.ImportException;
import org.tandem.io.Languages;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.xml.StaxCursor;

/**
 * Reads TBX v3 (TBX-Basic and other dialects, DCA and DCT styles) and TBX v2 ({@code martif}) into
 * {@link TermbaseData}, streaming. Okapi's TBXReader reads only v2, returns nothing for v3 and drops terms of a
 * repeated {@code langSet} (STACK.md), hence this reader. Files that declare TBX-Basic are held to its data
 * categories, picklists and element order, so that an invalid file is refused rather than half-read.
 */
public final class TbxReader {

    private static final Set<String> TBX_NAMESPACES = Set.of("urn:iso:std:iso:30042:ed-2",
            "urn:iso:std:iso:30042:ed-1", "");
    /** Elements of the TBX core structure (v3) that TBX-Basic allows. */
    private static final Set<String> BASIC_ELEMENTS = Set.of("tbx", "tbxHeader", "fileDesc", "titleStmt", "title",
            "publicationStmt", "sourceDesc", "encodingDesc", "revisionDesc", "change", "p", "note", "text", "body",
            "back", "conceptEntry", "langSec", "termSec", "term", "termNote", "termNoteGrp", "descrip", "descripGrp",
            "admin", "adminGrp", "adminNote", "transacGrp", "transac", "transacNote", "date", "ref", "xref",
            "refObjectSec", "refObject", "item", "itemGrp", "itemSet", "hi", "foreign", "sc", "ec", "ph");
    /** The data categories of TBX-Basic, by the DCA element that carries them. */
    private static final Map<String, Set<String>> BASIC_TYPES = Map.of(
            "termNote", Set.of("partOfSpeech", "termType", "grammaticalGender", "administrativeStatus",
                    "geographicalUsage", "termLocation"),
            "descrip", Set.of("definition", "context", "subjectField"),
            "admin", Set.of("source", "customerSubset", "projectSubset"),
            "transac", Set.of("transactionType"),
            "transacNote", Set.of("responsibility"),
            "ref", Set.of("crossReference", "relatedConcept", "relatedTerm"),
            "xref", Set.of("externalCrossReference", "xGraphic"));
    private static final Map<String, Set<String>> BASIC_PICKLISTS = Map.of(
            "partOfSpeech", Set.of("adjective", "noun", "other", "verb", "adverb", "properNoun"),
            "grammaticalGender", Set.of("masculine", "feminine", "neuter", "other"),
            "termType", Set.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"),
            "administrativeStatus", Set.of("preferredTerm-admn-sts", "admittedTerm-admn-sts",
                    "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"),
            "transactionType", Set.of("origination", "modification"));
    /** Data categories that TBX-Basic puts in a termSec before any other information (termNote-like ones). */
    private static final Set<String> TERM_NOTES = BASIC_TYPES.get("termNote");
    private static final Set<String> CARRIERS = Set.of("termNote", "descrip", "admin", "transac", "transacNote",
            "ref", "xref");
    /** An absolute URI; a one-letter "scheme" is a Windows drive ({@code C://…}), not a URI. */
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:\\S+");
    static final String CASE_SENSITIVE_NOTE = "case-sensitive";

    private final String fileName;
    private final StaxCursor cursor;
    private boolean basic;
    private boolean v3;
    private String title = "";
    private final List<String> description = new ArrayList<>();
    private final Set<String> languages = new LinkedHashSet<>();
    private final List<TermbaseData.Concept> concepts = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();

    // the concept, language and term being read
    private ConceptBuilder concept;
    private String lang;
    private TermBuilder term;
    private boolean termSecHasOther;

    private TbxReader(String fileName, StaxCursor cursor) {
        this.fileName = fileName;
        this.cursor = cursor;
    }

    public static TermbaseData read(String fileName, String text) {
        return new TbxReader(fileName, StaxCursor.over(fileName, text)).read();
    }

    private TermbaseData read() {
        while (cursor.hasNext()) {
            int event = cursor.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end();
            }
        }
        if (concepts.isEmpty()) {
            throw new ImportException(fileName, "holds no concept with a term: nothing to import (TBX v2 "
                    + "<termEntry>/<langSet>/<tig> or TBX v3 <conceptEntry>/<langSec>/<termSec> expected)");
        }
        return new TermbaseData(title, String.join("\n", description), List.copyOf(languages), concepts);
    }

    private void start() {
        String name = cursor.localName();
        String ns = cursor.namespace();
        boolean core = TBX_NAMESPACES.contains(ns);
        if (path.isEmpty()) {
            root(name);
        }
        String parent = path.peek();
        path.push(name);
        if (basic && core && !BASIC_ELEMENTS.contains(name)) {
            throw error("<" + name + "> is not an element of TBX-Basic");
        }
        if (basic && "termSec".equals(parent) && !name.equals("term")) {
            boolean termNote = core ? name.startsWith("termNote") : TERM_NOTES.contains(name);
            if (termNote && termSecHasOther) {
                throw error("<" + cursor.qualifiedName() + "> cannot follow a description, note, admin, transaction or"
                        + " reference in a <termSec>: TBX-Basic puts term notes right after the term");
            }
            termSecHasOther |= !termNote;
        }
        switch (core ? name : "") {
            case "conceptEntry", "termEntry" -> {
                if (concept != null) {
                    throw error("<" + name + "> inside another <" + name + ">: each concept is an entry of its own");
                }
                concept = new ConceptBuilder(attribute("id"));
                return;
            }
            case "langSec", "langSet" -> {
                String tag = cursor.attr("http://www.w3.org/XML/1998/namespace", "lang");
                if (tag == null || tag.isBlank()) {
                    throw error("<" + name + "> has no xml:lang");
                }
                try {
                    lang = Languages.canonical(tag);
                } catch (IllegalArgumentException e) {
                    throw error("<" + name + "> xml:lang: " + e.getMessage());
                }
                return;
            }
            case "termSec", "tig", "ntig" -> {
                if (concept == null || lang == null) {
                    throw error("<" + name + "> outside a " + (v3 ? "<conceptEntry>/<langSec>" : "<termEntry>/<langSet>"));
                }
                term = new TermBuilder(lang, location());
                termSecHasOther = false;
                return;
            }
            case "term" -> {
                if (term == null) {
                    throw error("<term> outside a term section");
                }
                if (basic && !"termSec".equals(parent)) {
                    throw error("<term> must be a direct child of <termSec>");
                }
                if (basic && (term.text != null || termSecHasOther)) {
                    throw error("<term> must come first in its <termSec>");
                }
                term.text = elementText().strip();
                return;
            }
            case "title" -> {
                if (path.contains("titleStmt") && title.isEmpty()) {
                    title = elementText().strip();
                }
                return;
            }
            case "p" -> {
                if (path.contains("sourceDesc")) {
                    description.add(elementText().strip().replaceAll("\\s+", " "));
                }
                return;
            }
            case "note" -> {
                dataCategory("note", "note");
                return;
            }
            default -> {
                // a data category: DCA carries it in a type attribute, DCT names the element after it
            }
        }
        if (core && CARRIERS.contains(name)) {
            String type = attribute("type");
            if (basic) {
                Set<String> allowed = BASIC_TYPES.get(name);
                if (type.isEmpty() || !allowed.contains(type)) {
                    throw error("<" + name + " type=\"" + type + "\">: TBX-Basic allows " + String.join(", ",
                            new java.util.TreeSet<>(allowed)) + " here");
                }
            }
            dataCategory(name, type);
        } else if (!core && concept != null) {
            if (basic && BASIC_TYPES.values().stream().noneMatch(types -> types.contains(name))) {
                throw error("<" + cursor.qualifiedName() + "> is not a data category of TBX-Basic");
            }
            dataCategory(TERM_NOTES.contains(name) ? "termNote" : "descrip", name);
        }
    }

    private void root(String name) {
        if (name.equals("tbx")) {
            v3 = true;
            basic = "TBX-Basic".equalsIgnoreCase(attribute("type"));
        } else if (!name.equals("martif")) {
            throw new ImportException(fileName, "is not TBX: the root element is <" + name + ">, not <tbx> (TBX v3)"
                    + " or <martif> (TBX v2)");
        }
    }

    /** A data category element: checks it as TBX-Basic requires and keeps what Tandem stores. */
    private void dataCategory(String carrier, String type) {
        String target = attribute("target");
        if (basic && "xref".equals(carrier) && !ABSOLUTE_URI.matcher(target).matches()) {
            throw error("<xref type=\"" + type + "\"> target \"" + target + "\" is not an absolute URI");
        }
        String value = elementText().strip().replaceAll("\\s+", " ");
        Set<String> picklist = BASIC_PICKLISTS.get(type);
        if (basic && picklist != null && !picklist.contains(value)) {
            throw error(type + " \"" + value + "\" is not a TBX-Basic value (" + String.join(", ",
                    new java.util.TreeSet<>(picklist)) + ")");
        }
        if (concept == null) {
            return;
        }
        boolean termLevel = term != null;
        switch (type) {
            case "partOfSpeech" -> {
                if (termLevel) {
                    term.partOfSpeech = value;
                }
            }
            case "administrativeStatus", "normativeAuthorization", "usageStatus" -> {
                if (termLevel) {
                    TermStatus.named(value).ifPresent(status -> term.status = term.status == TermStatus.FORBIDDEN
                            ? TermStatus.FORBIDDEN : status);
                }
            }
            case "definition" -> {
                if (concept.definition.isEmpty()) {
                    concept.definition = value;
                }
            }
            case "subjectField" -> {
                if (!termLevel && lang == null && concept.subjectField.isEmpty()) {
                    concept.subjectField = value;
                }
            }
            case "note" -> {
                if (termLevel) {
                    term.note(value);
                } else {
                    concept.notes.add(value); // a language-level note is about the concept too
                }
            }
            default -> {
                // contexts, sources, transactions, cross-references: not part of what Tandem enforces
            }
        }
    }

    private void end() {
        String name = path.pop();
        switch (name) {
            case "termSec", "tig", "ntig" -> {
                if (term != null && (term.text == null || term.text.isEmpty())) {
                    if (basic) {
                        throw new ImportException(fileName, "a <termSec> has no term (or an empty one)", term.line,
                                -1, null);
                    }
                    term = null; // vendor TBX v2 files hold empty placeholders (<term/>): nothing to keep
                }
                if (term != null && concept != null) {
                    concept.terms.add(term.build());
                    languages.add(term.lang);
                }
                term = null;
            }
            case "langSec", "langSet" -> lang = null;
            case "conceptEntry", "termEntry" -> {
                if (concept != null && !concept.terms.isEmpty()) { // null: a nested entry already ended it
                    concepts.add(concept.build());
                }
                concept = null;
            }
            default -> {
            }
        }
    }

    /** The text of the current element, nested inline elements ({@code hi}, …) included; consumes its end tag. */
    private String elementText() {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = cursor.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(cursor.text());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        path.pop();
        return sb.toString();
    }

    private String attribute(String name) {
        String value = cursor.attr(null, name);
        return value == null ? "" : value.strip();
    }

    private int location() {
        return cursor.line();
    }

    private ImportException error(String problem) {
        return new ImportException(fileName, problem, location(), -1, null);
    }

    private static final class ConceptBuilder {
        private final String id;
        private String subjectField = "";
        private String definition = "";
        private final List<String> notes = new ArrayList<>();
        private final List<TermbaseData.Term> terms = new ArrayList<>();

        ConceptBuilder(String id) {
            this.id = id;
        }

        TermbaseData.Concept build() {
            return new TermbaseData.Concept(id, subjectField, definition, String.join("\n", notes), terms);
        }
    }

    private static final class TermBuilder {
        private final String lang;
        private final int line;
        private String text;
        private TermStatus status;
        private String partOfSpeech = "";
        private boolean caseSensitive;
        private final List<String> notes = new ArrayList<>();

        TermBuilder(String lang, int line) {
            this.lang = lang;
            this.line = line;
        }

        /** Tandem writes "forbidden" and "case-sensitive" as term notes, TBX-Basic having no category for them. */
        void note(String value) {
            if (value.equalsIgnoreCase(TermStatus.FORBIDDEN_NOTE)) {
                status = TermStatus.FORBIDDEN;
            } else if (value.equalsIgnoreCase(CASE_SENSITIVE_NOTE)) {
                caseSensitive = true;
            } else {
                notes.add(value);
            }
        }

        TermbaseData.Term build() {
            return new TermbaseData.Term(lang, text, status, partOfSpeech, caseSensitive, String.join("\n", notes));
        }
    }
}
