package org.tandem.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tandem.io.SpreadsheetCells;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;
import org.tandem.markup.Placeholders;

/**
 * A QA report to hand over: every issue of one or more documents (open ones, and optionally those reviewers
 * dismissed, with who and why), grouped by check and severity, each with its segment's source and target and the
 * flagged span. Renders as a self-contained HTML page, as CSV and as an Excel workbook (Apache POI). No cell of the
 * CSV runs as a formula ({@link SpreadsheetCells}); the workbook's cells are text cells, which no spreadsheet runs.
 *
 * @param title      what the report is of (a document's name, or the files of a batch run)
 * @param languages  the language pair, e.g. {@code es → en}
 * @param checkNames check ids to the names users know them by
 * @param entries    the issues, in document order
 */
public record QaReport(String title, String languages, Map<String, String> checkNames, List<Entry> entries) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<String> COLUMNS = List.of("file", "segment", "check", "rule", "category", "severity",
            "status", "source", "target", "flagged", "start", "end", "message", "suggestions", "dismissed by",
            "reason", "dismissed at");

    /** Who dismissed an issue, why and when. */
    public record Dismissal(String who, String reason, Instant at) {
    }

    /**
     * One issue where it was found.
     *
     * @param file      the file (a batch run over several) or the document
     * @param segment   the segment's label: its number in the document, or its unit id
     * @param hint      why the issue is only a hint, or null
     * @param dismissed who dismissed it, or null for an open issue
     */
    public record Entry(String file, String segment, String source, String target, Issue issue, String hint,
                        Dismissal dismissed) {

        String flagged() {
            return issue.end() <= target.length() ? Placeholders.plain(target.substring(issue.start(), issue.end()))
                    : "";
        }

        String status() {
            return dismissed != null ? "dismissed" : hint != null ? "hint" : "open";
        }
    }

    /** The formats a report renders in. */
    public enum Format {
        HTML("text/html;charset=UTF-8", "html"), CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format a name says ({@code html}, {@code csv}, {@code xlsx}) or a file name ends in. */
        public static Format of(String name) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (lower.equals(format.extension) || lower.endsWith("." + format.extension)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("A QA report is .html, .csv or .xlsx, not \"" + name + "\".");
        }
    }

    public QaReport {
        checkNames = Map.copyOf(checkNames);
        entries = List.copyOf(entries);
    }

    /** The report's file name in a format: the title without its extension, {@code .qa-report.xlsx} and so on. */
    public String fileName(Format format) {
        return title.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^\\p{Alnum}._-]", "_") + ".qa-report."
                + format.extension();
    }

    public byte[] render(Format format) {
        return switch (format) {
            case HTML -> html().getBytes(StandardCharsets.UTF_8);
            case CSV -> csv().getBytes(StandardCharsets.UTF_8);
            case XLSX -> xlsx();
        };
    }

    private String name(String checkId) {
        return checkNames.getOrDefault(checkId, checkId);
    }

    /** The entries by check, the checks with the most severe and most numerous issues first. */
    Map<String, List<Entry>> byCheck() {
        Map<String, List<Entry>> grouped = new LinkedHashMap<>();
        entries.forEach(e -> grouped.computeIfAbsent(e.issue().checkId(), k -> new ArrayList<>()).add(e));
        Comparator<Map.Entry<String, List<Entry>>> order = Comparator.comparing(
                (Map.Entry<String, List<Entry>> g) -> g.getValue().stream().map(e -> e.issue().severity())
                        .max(Comparator.naturalOrder()).orElse(Severity.MINOR)).reversed()
                .thenComparing(g -> -g.getValue().size()).thenComparing(g -> name(g.getKey()));
        Map<String, List<Entry>> sorted = new LinkedHashMap<>();
        grouped.entrySet().stream().sorted(order).forEach(g -> sorted.put(g.getKey(), g.getValue().stream()
                .sorted(Comparator.comparing((Entry e) -> e.issue().severity()).reversed()).toList()));
        return sorted;
    }

    /** Open issues per severity of one check's entries (dismissed ones apart). */
    private static Map<Severity, Integer> counts(List<Entry> found) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        found.stream().filter(e -> e.dismissed() == null).forEach(e -> counts.merge(e.issue().severity(), 1,
                Integer::sum));
        return counts;
    }

    private List<String> row(Entry e) {
        Issue i = e.issue();
        return List.of(e.file(), e.segment(), name(i.checkId()), i.rule() == null ? "" : i.rule(), i.category(),
                i.severity().label(), e.status(), Placeholders.plain(e.source()), Placeholders.plain(e.target()),
                e.flagged(), String.valueOf(i.start()), String.valueOf(i.end()), i.message(),
                String.join(" | ", i.suggestions()), e.dismissed() == null ? "" : e.dismissed().who(),
                e.dismissed() == null || e.dismissed().reason() == null ? "" : e.dismissed().reason(),
                e.dismissed() == null ? "" : WHEN.format(e.dismissed().at()));
    }

    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", COLUMNS)).append("\r\n");
        byCheck().values().forEach(found -> found.forEach(e -> out.append(String.join(",", row(e).stream()
                .map(v -> org.apache.commons.text.StringEscapeUtils.escapeCsv(SpreadsheetCells.neutralise(v)))
                .toList())).append("\r\n")));
        return out.toString();
    }

    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet("Summary");
            text(summary.createRow(0), 0, "QA report: " + title, bold);
            text(summary.createRow(1), 0, languages, null);
            Row head = summary.createRow(3);
            List<String> summaryColumns = new ArrayList<>(List.of("check"));
            for (Severity s : Severity.values()) {
                summaryColumns.add(1, s.label());
            }
            summaryColumns.addAll(List.of("open", "dismissed"));
            for (int c = 0; c < summaryColumns.size(); c++) {
                text(head, c, summaryColumns.get(c), bold);
            }
            int r = 4;
            for (Map.Entry<String, List<Entry>> group : byCheck().entrySet()) {
                Row row = summary.createRow(r++);
                text(row, 0, name(group.getKey()), null);
                Map<Severity, Integer> counts = counts(group.getValue());
                int c = 1;
                for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)) {
                    row.createCell(c++).setCellValue(counts.get(s));
                }
                row.createCell(c++).setCellValue(counts.values().stream().mapToInt(Integer::intValue).sum());
                row.createCell(c).setCellValue(group.getValue().stream().filter(e -> e.dismissed() != null).count());
            }
            summary.autoSizeColumn(0);
            Sheet issues = book.createSheet("Issues");
            Row columns = issues.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                text(columns, c, COLUMNS.get(c), bold);
            }
            int n = 1;
            for (List<Entry> found : byCheck().values()) {
                for (Entry e : found) {
                    Row row = issues.createRow(n++);
                    List<String> values = row(e);
                    for (int c = 0; c < values.size(); c++) {
                        text(row, c, values.get(c), null);
                    }
                }
            }
            issues.createFreezePane(0, 1);
            issues.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, COLUMNS.size() - 1));
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the QA report's workbook could not be written", e);
        }
    }

    /** A text cell: shown as written, never evaluated, whatever it starts with. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>QA report: " + escapeHtml4(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}"
                + "table{border-collapse:collapse;margin:1rem 0;width:100%}"
                + "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
                + "th{background:#f2f2f2}td.n{text-align:right}mark{background:#ffd54f;padding:0 .1em}"
                + ".critical{color:#a50e0e;font-weight:700}.major{color:#b35c00;font-weight:700}"
                + ".dismissed{color:#666}.dismissed mark{background:#e0e0e0}"
                + "@media print{body{margin:0}}</style></head><body>\n");
        h.append("<h1>QA report: ").append(escapeHtml4(title)).append("</h1>\n<p>").append(escapeHtml4(languages))
                .append(" · ").append(entries.stream().filter(e -> e.dismissed() == null).count())
                .append(" open issues");
        long dismissed = entries.stream().filter(e -> e.dismissed() != null).count();
        if (dismissed > 0) {
            h.append(", ").append(dismissed).append(" dismissed");
        }
        h.append("</p>\n<table><thead><tr><th>check</th><th>critical</th><th>major</th><th>minor</th>"
                + "<th>dismissed</th></tr></thead><tbody>\n");
        Map<String, List<Entry>> byCheck = byCheck();
        byCheck.forEach((check, found) -> {
            Map<Severity, Integer> counts = counts(found);
            h.append("<tr><td><a href=\"#").append(escapeHtml4(check)).append("\">").append(escapeHtml4(name(check)))
                    .append("</a></td>");
            for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)) {
                h.append("<td class=\"n\">").append(counts.get(s)).append("</td>");
            }
            h.append("<td class=\"n\">").append(found.stream().filter(e -> e.dismissed() != null).count())
                    .append("</td></tr>\n");
        });
        h.append("</tbody></table>\n");
        boolean files = entries.stream().map(Entry::file).distinct().count() > 1;
        byCheck.forEach((check, found) -> {
            h.append("<h2 id=\"").append(escapeHtml4(check)).append("\">").append(escapeHtml4(name(check)))
                    .append("</h2>\n<table><thead><tr>").append(files ? "<th>file</th>" : "")
                    .append("<th>segment</th><th>severity</th><th>source</th><th>target</th><th>issue</th>"
                            + "<th>suggestions</th></tr></thead><tbody>\n");
            for (Entry e : found) {
                Issue i = e.issue();
                h.append("<tr class=\"").append(e.dismissed() != null ? "dismissed" : i.severity().label())
                        .append("\">").append(files ? "<td>" + escapeHtml4(e.file()) + "</td>" : "")
                        .append("<td>").append(escapeHtml4(e.segment())).append("</td><td>")
                        .append(i.severity().label()).append("</td><td>").append(escapeHtml4(e.source()))
                        .append("</td><td>").append(flaggedHtml(e)).append("</td><td>").append(escapeHtml4(i.message()));
                if (e.hint() != null) {
                    h.append("<br><em>hint: ").append(escapeHtml4(e.hint())).append("</em>");
                }
                if (e.dismissed() != null) {
                    h.append("<br><em>dismissed by ").append(escapeHtml4(e.dismissed().who())).append(", ")
                            .append(WHEN.format(e.dismissed().at()))
                            .append(e.dismissed().reason() == null ? "" : ": " + escapeHtml4(e.dismissed().reason()))
                            .append("</em>");
                }
                h.append("</td><td>").append(escapeHtml4(String.join(" | ", i.suggestions()))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        });
        return h.append("</body></html>\n").toString();
    }

    /** The target with the flagged span marked (a caret where something is missing). */
    private static String flaggedHtml(Entry e) {
        String target = e.target();
        Issue i = e.issue();
        if (i.end() > target.length()) {
            return escapeHtml4(target);
        }
        String span = target.substring(i.start(), i.end());
        return escapeHtml4(target.substring(0, i.start())) + "<mark>" + (span.isEmpty() ? "‸" : escapeHtml4(span))
                + "</mark>" + escapeHtml4(target.substring(i.end()));
    }
}
