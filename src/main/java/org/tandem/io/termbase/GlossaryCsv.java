package org.tandem.io.termbase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tandem.io.ImportException;
import org.tandem.io.Languages;
import org.tandem.io.SpreadsheetCells;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;

/**
 * Glossaries as CSV or TSV (delimiter detected from the header). Two layouts are read:
 * <ul>
 *   <li>a column per language, named by its tag ({@code en,es}), with optional per-language columns
 *       ({@code en status}, {@code en pos}, {@code en note}, {@code en case sensitive}) and concept columns
 *       ({@code id}, {@code subject}, {@code definition}, {@code note}); rows with the same id are one concept;</li>
 *   <li>languages in cells ({@code sourceLang,targetLang,sourceString,targetString}, as Google's glossaries).</li>
 * </ul>
 * A file whose header names no language is refused unless the caller names the columns' languages.
 * Written in the first layout, one row per concept and more rows for its synonyms, UTF-8 with a byte-order mark.
 */
public final class GlossaryCsv {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private static final Map<String, String> PARTS_OF_SPEECH = Map.of("n", "noun", "v", "verb", "adj", "adjective",
            "adv", "adverb", "proper noun", "properNoun", "propernoun", "properNoun");

    private GlossaryCsv() {
    }

    public static TermbaseData read(String fileName, String text, List<String> languages) {
        List<List<String>> rows = parse(fileName, text);
        if (rows.isEmpty()) {
            throw new ImportException(fileName, "is empty: a header naming the languages (e.g. en,es) and rows of "
                    + "terms expected");
        }
        String name = fileName == null ? "" : fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<TermbaseData.Concept> concepts;
        if (header.contains("sourcelang") && header.contains("targetlang") && header.contains("sourcestring")
                && header.contains("targetstring")) {
            concepts = languagesInCells(fileName, header, rows.subList(1, rows.size()));
        } else {
            Map<Integer, String> columns = languageColumns(rows.get(0));
            List<List<String>> data = rows.subList(1, rows.size());
            if (columns.isEmpty()) {
                if (languages == null || languages.isEmpty()) {
                    throw new ImportException(fileName, "names no languages in its header (first row: \""
                            + String.join(",", rows.get(0)) + "\"): the header must name each term column by its "
                            + "language, e.g. en,es — or give the languages of the columns when importing");
                }
                columns = new LinkedHashMap<>();
                for (int i = 0; i < languages.size(); i++) {
                    columns.put(i, canonical(fileName, languages.get(i)));
                }
                data = rows;
                header = List.of();
            }
            concepts = languageColumns(fileName, header, columns, data);
        }
        if (concepts.isEmpty()) {
            throw new ImportException(fileName, "holds no terms: every row under the header is empty");
        }
        List<String> langs = concepts.stream().flatMap(c -> c.terms().stream()).map(TermbaseData.Term::lang)
                .distinct().toList();
        return new TermbaseData(name, "", langs, concepts);
    }

    private static Map<Integer, String> languageColumns(List<String> header) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            // "id" is a concept id column here, as in most glossaries, not Indonesian (write id-ID for that)
            if (TAG.matcher(h).matches() && !h.equalsIgnoreCase("id")) {
                try {
                    columns.put(i, Languages.canonical(h));
                } catch (IllegalArgumentException e) {
                    // not a language: some other column
                }
            }
        }
        return columns;
    }

    private static List<TermbaseData.Concept> languageColumns(String fileName, List<String> header,
                                                              Map<Integer, String> columns,
                                                              List<List<String>> rows) {
        int id = column(header, "id", "concept", "concept id", "entry id");
        int subject = column(header, "subject", "subject field", "domain");
        int definition = column(header, "definition", "description");
        int note = column(header, "note", "concept note", "comment");
        Map<String, ConceptRows> byId = new LinkedHashMap<>();
        int rowNumber = header.isEmpty() ? 0 : 1;
        for (List<String> row : rows) {
            rowNumber++;
            List<TermbaseData.Term> terms = new ArrayList<>();
            for (Map.Entry<Integer, String> column : columns.entrySet()) {
                String term = cell(row, column.getKey());
                if (term.isEmpty()) {
                    continue;
                }
                String lang = column.getValue();
                String prefix = header.isEmpty() ? "" : header.get(column.getKey()) + " ";
                String statusCell = cell(row, column(header, prefix + "status"));
                TermStatus status = TermStatus.named(statusCell).orElse(null);
                if (!statusCell.isEmpty() && status == null) {
                    throw new ImportException(fileName, "row " + rowNumber + ": status \"" + statusCell
                            + "\" is not one of preferred, admitted, deprecated, forbidden");
                }
                terms.add(new TermbaseData.Term(lang, term, status,
                        partOfSpeech(cell(row, column(header, prefix + "pos", prefix + "part of speech"))),
                        yes(cell(row, column(header, prefix + "case sensitive", prefix + "case"))),
                        cell(row, column(header, prefix + "note"))));
            }
            if (terms.isEmpty()) {
                continue;
            }
            String key = cell(row, id);
            ConceptRows concept = byId.computeIfAbsent(key.isEmpty() ? "\u0000row" + rowNumber : key,
                    k -> new ConceptRows(key, cell(row, subject), cell(row, definition), cell(row, note)));
            concept.terms.addAll(terms);
        }
        return byId.values().stream().map(ConceptRows::build).toList();
    }

    private static List<TermbaseData.Concept> languagesInCells(String fileName, List<String> header,
                                                               List<List<String>> rows) {
        int id = column(header, "stringid", "id");
        int pos = column(header, "pos");
        int description = column(header, "description");
        List<TermbaseData.Concept> concepts = new ArrayList<>();
        int rowNumber = 1;
        for (List<String> row : rows) {
            rowNumber++;
            String source = cell(row, column(header, "sourcestring"));
            String target = cell(row, column(header, "targetstring"));
            if (source.isEmpty() && target.isEmpty()) {
                continue;
            }
            String partOfSpeech = partOfSpeech(cell(row, pos));
            List<TermbaseData.Term> terms = new ArrayList<>();
            for (String[] side : new String[][] {{"sourcelang", source}, {"targetlang", target}}) {
                if (!side[1].isEmpty()) {
                    String lang = canonical(fileName + " row " + rowNumber, cell(row, column(header, side[0])));
                    terms.add(new TermbaseData.Term(lang, side[1], null, partOfSpeech, false, ""));
                }
            }
            concepts.add(new TermbaseData.Concept(cell(row, id), "", cell(row, description), "", terms));
        }
        return concepts;
    }

    private static String canonical(String where, String tag) {
        try {
            return Languages.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, e.getMessage());
        }
    }

    private static String partOfSpeech(String value) {
        String v = value.strip();
        String known = PARTS_OF_SPEECH.get(v.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return v.toLowerCase(Locale.ROOT).matches("noun|verb|adjective|adverb|other") ? v.toLowerCase(Locale.ROOT) : v;
    }

    private static boolean yes(String value) {
        return value.strip().toLowerCase(Locale.ROOT).matches("yes|y|true|1|x");
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() ? "" : SpreadsheetCells.restore(row.get(index).strip());
    }

    /** RFC 4180 records: quoted fields may hold delimiters, quotes ("") and line breaks. */
    static List<List<String>> parse(String fileName, String text) {
        char delimiter = delimiter(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                row.add(field.toString());
                if (row.stream().anyMatch(f -> !f.isBlank())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ImportException(fileName, "a quoted field is never closed", line, -1, null);
        }
        row.add(field.toString());
        if (row.stream().anyMatch(f -> !f.isBlank())) {
            rows.add(row);
        }
        return rows;
    }

    /** The delimiter the first line uses most: tab, comma or semicolon. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(ch -> ch == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = first.chars().filter(ch -> ch == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    public static byte[] write(TermbaseData termbase) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("id", "subject", "definition", "note"));
        for (String lang : termbase.languages()) {
            header.addAll(List.of(lang, lang + " status", lang + " pos", lang + " case sensitive", lang + " note"));
        }
        line(sb, header);
        for (TermbaseData.Concept concept : termbase.concepts()) {
            Map<String, List<TermbaseData.Term>> byLang = new LinkedHashMap<>();
            concept.terms().forEach(t -> byLang.computeIfAbsent(t.lang(), k -> new ArrayList<>()).add(t));
            int rows = byLang.values().stream().mapToInt(List::size).max().orElse(0);
            String id = concept.id().isEmpty() ? "c" + (termbase.concepts().indexOf(concept) + 1) : concept.id();
            for (int r = 0; r < rows; r++) {
                List<String> cells = new ArrayList<>(List.of(id, concept.subjectField(), concept.definition(),
                        concept.note()));
                for (String lang : termbase.languages()) {
                    List<TermbaseData.Term> terms = byLang.getOrDefault(lang, List.of());
                    Optional<TermbaseData.Term> term = r < terms.size() ? Optional.of(terms.get(r)) : Optional.empty();
                    cells.add(term.map(TermbaseData.Term::text).orElse(""));
                    cells.add(term.map(t -> t.status().name().toLowerCase(Locale.ROOT)).orElse(""));
                    cells.add(term.map(TermbaseData.Term::partOfSpeech).orElse(""));
                    cells.add(term.map(t -> t.caseSensitive() ? "yes" : "").orElse(""));
                    cells.add(term.map(TermbaseData.Term::note).orElse(""));
                }
                line(sb, cells);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = SpreadsheetCells.neutralise(cells.get(i));
            if (i > 0) {
                sb.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                    || !cell.equals(cell.strip());
            sb.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        sb.append("\r\n");
    }

    private static final class ConceptRows {
        private final String id;
        private final String subject;
        private final String definition;
        private final String note;
        private final List<TermbaseData.Term> terms = new ArrayList<>();

        ConceptRows(String id, String subject, String definition, String note) {
            this.id = id;
            this.subject = subject;
            this.definition = definition;
            this.note = note;
        }

        TermbaseData.Concept build() {
            return new TermbaseData.Concept(id, subject, definition, note, terms);
        }
    }
}
