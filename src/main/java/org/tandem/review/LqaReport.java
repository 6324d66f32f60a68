package org.tandem.review;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.document.Document;
import org.tandem.document.Segment;
import org.tandem.io.SpreadsheetCells;
import org.tandem.markup.Placeholders;

/**
 * A document's LQA: the score and pass/fail, errors by dimension and severity, and every segment with its errors.
 * Renders as a self-contained HTML page (to read, print or send) and as CSV (to sort and sum).
 */
public record LqaReport(Document document, LqaScore score, List<MqmError> errors, Map<Long, Segment> segments) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The errors of each segment that has any, in document order. */
    public Map<Segment, List<MqmError>> bySegment() {
        Map<Segment, List<MqmError>> out = new java.util.LinkedHashMap<>();
        for (Segment s : segments.values()) {
            List<MqmError> of = errors.stream().filter(e -> e.segmentId() == s.id()).toList();
            if (!of.isEmpty()) {
                out.put(s, of);
            }
        }
        return out;
    }

    /** A CSV cell: quoted as RFC 4180 needs, and never run as a formula by a spreadsheet. */
    private static String cell(String value) {
        return org.apache.commons.text.StringEscapeUtils.escapeCsv(SpreadsheetCells.neutralise(value));
    }

    public String csv() {
        List<String> lines = new ArrayList<>();
        lines.add("document," + cell(document.name()));
        lines.add("languages," + document.sourceLang() + " → " + document.targetLang());
        lines.add("evaluation words," + score.evaluationWords());
        lines.add("penalty total," + score.penaltyTotal());
        lines.add("per-word penalty," + String.format(Locale.ROOT, "%.5f", score.perWordPenalty()));
        lines.add("quality score," + number(score.score()));
        lines.add("pass threshold," + number(score.threshold()));
        lines.add("result," + (score.passed() ? "pass" : "fail")
                + (score.criticalErrors() > 0 ? " (critical error)" : ""));
        lines.add("");
        StringBuilder head = new StringBuilder("dimension");
        for (MqmSeverity s : MqmSeverity.values()) {
            head.append(',').append(s.label());
        }
        lines.add(head.append(",penalty").toString());
        score.counts().forEach((dimension, row) -> {
            StringBuilder line = new StringBuilder(cell(dimension.label()));
            int penalty = 0;
            for (MqmSeverity s : MqmSeverity.values()) {
                line.append(',').append(row.get(s));
                penalty += row.get(s) * s.weight();
            }
            lines.add(line.append(',').append(penalty).toString());
        });
        lines.add("");
        lines.add("segment,unit,dimension,type,severity,penalty,highlighted,comment,check,source,target,by,at");
        bySegment().forEach((segment, found) -> found.forEach(e -> lines.add(String.join(",",
                String.valueOf(segment.index()), cell(segment.unitId()), cell(e.dimension().label()),
                e.type(), e.severity().label(), String.valueOf(e.severity().weight()), cell(e.highlighted()),
                cell(e.comment() == null ? "" : e.comment()), e.checkId() == null ? "" : e.checkId(),
                cell(Placeholders.plain(segment.source())), cell(Placeholders.plain(segment.targetText())),
                cell(e.who()), WHEN.format(e.at())))));
        return String.join("\r\n", lines) + "\r\n";
    }

    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LQA · ")
                .append(escapeHtml4(document.name())).append("</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1c1c1c}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;")
                .append("vertical-align:top;text-align:left}th{background:#f3f3f3}.num{text-align:right}")
                .append(".pass{color:#1a7f37;font-weight:700}.fail{color:#b42318;font-weight:700}")
                .append("mark{background:#ffe08a}.critical{color:#b42318}.major{color:#b54708}")
                .append("</style></head><body>\n");
        h.append("<h1>LQA report</h1><p>").append(escapeHtml4(document.name())).append(" · ")
                .append(escapeHtml4(document.sourceLang())).append(" → ").append(escapeHtml4(document.targetLang()))
                .append("</p>\n<table class=\"summary\">");
        row(h, "Evaluation words (source)", String.valueOf(score.evaluationWords()));
        row(h, "Errors", String.valueOf(score.errors()));
        row(h, "Absolute penalty total", String.valueOf(score.penaltyTotal()));
        row(h, "Per-word penalty", String.format(Locale.ROOT, "%.5f", score.perWordPenalty()));
        row(h, "Quality score", number(score.score()));
        row(h, "Pass threshold", number(score.threshold()));
        h.append("<tr><th>Result</th><td class=\"").append(score.passed() ? "pass\">Pass" : "fail\">Fail")
                .append(score.criticalErrors() > 0 ? " — a critical error fails the document" : "")
                .append("</td></tr></table>\n");
        h.append("<h2>Errors by dimension and severity</h2><table class=\"counts\"><tr><th>Dimension</th>");
        for (MqmSeverity s : MqmSeverity.values()) {
            h.append("<th class=\"num\">").append(s.label()).append(" (").append(s.weight()).append(")</th>");
        }
        h.append("<th class=\"num\">penalty</th></tr>");
        score.counts().forEach((dimension, counts) -> {
            h.append("<tr><td>").append(escapeHtml4(dimension.label())).append("</td>");
            int penalty = 0;
            for (MqmSeverity s : MqmSeverity.values()) {
                h.append("<td class=\"num\">").append(counts.get(s)).append("</td>");
                penalty += counts.get(s) * s.weight();
            }
            h.append("<td class=\"num\">").append(penalty).append("</td></tr>");
        });
        h.append("</table>\n<h2>Segments with errors</h2>");
        if (bySegment().isEmpty()) {
            h.append("<p>No MQM error has been marked.</p>");
        }
        h.append("<table class=\"segments\"><tr><th>#</th><th>Source</th><th>Target</th><th>Errors</th></tr>");
        bySegment().forEach((segment, found) -> {
            h.append("<tr><td class=\"num\">").append(segment.index()).append("</td><td>")
                    .append(escapeHtml4(Placeholders.plain(segment.source()))).append("</td><td>")
                    .append(escapeHtml4(Placeholders.plain(segment.targetText()))).append("</td><td><ul>");
            for (MqmError e : found) {
                h.append("<li class=\"").append(e.severity().label()).append("\"><b>")
                        .append(escapeHtml4(e.dimension().label())).append(" / ").append(escapeHtml4(e.type()))
                        .append("</b>, ").append(e.severity().label()).append(": <mark>")
                        .append(escapeHtml4(e.highlighted().isEmpty() ? "(missing)" : e.highlighted()))
                        .append("</mark>");
                if (e.comment() != null) {
                    h.append(" — ").append(escapeHtml4(e.comment()));
                }
                h.append(" <small>(").append(escapeHtml4(e.who())).append(", ").append(WHEN.format(e.at()))
                        .append(")</small></li>");
            }
            h.append("</ul></td></tr>");
        });
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(name).append("</th><td class=\"num\">").append(value).append("</td></tr>");
    }
}
