package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/**
 * The QA report in its three formats: grouped by check, the most severe first; the flagged span marked; dismissed
 * issues with who and why; nothing a spreadsheet would run.
 */
class QaReportTest {

    private static final Issue NUMBER = new Issue("number-mismatch", "accuracy/mistranslation", Severity.MAJOR, 0, 6,
            "50.000 in the source is 50,000 here?", List.of("50 000"), "numbers", null);
    private static final Issue QUOTE = new Issue("quote-glued", "linguistic-conventions/punctuation", Severity.MINOR,
            7, 8, "A quote glued to the next word.", List.of("\" "), "typographical", null);
    private static final Issue FORMULA = new Issue("languagetool", "linguistic-conventions/grammar", Severity.MINOR,
            0, 4, "=SUM(A1) looks like a formula", List.of("@cmd"), "grammar", "RULE");
    private static final QaReport REPORT = new QaReport("news.xlf", "es → en", Map.of("number-mismatch",
            "Numbers", "quote-glued", "Glued quotes", "languagetool", "LanguageTool"), List.of(
            new QaReport.Entry("news.xlf", "1", "50.000 personas", "50,000 people", NUMBER, null, null),
            new QaReport.Entry("news.xlf", "2", "dijo \"hola\" ayer", "He said\"hello\" yesterday", QUOTE, null, null),
            new QaReport.Entry("news.xlf", "3", "=1+1", "=1+1 is two", FORMULA, null,
                    new QaReport.Dismissal("erin", "a spreadsheet example", Instant.parse("2026-11-30T10:00:00Z")))));

    @Test
    void html_groups_by_check_most_severe_first_and_marks_the_flagged_span() {
        String html = REPORT.html();

        assertThat(html.indexOf("<h2 id=\"number-mismatch\">Numbers</h2>"))
                .isLessThan(html.indexOf("<h2 id=\"quote-glued\">Glued quotes</h2>")).isPositive();
        assertThat(html).contains("<mark>50,000</mark> people").contains("He said<mark>&quot;</mark>hello")
                .contains("2 open issues, 1 dismissed").contains("dismissed by erin, 2026-11-30 10:00 UTC: a "
                        + "spreadsheet example").doesNotContain("<script");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1 is two          | '=1+1 is two",
            "@cmd                 | '@cmd",
            "=SUM(A1) looks like a formula | '=SUM(A1) looks like a formula",
    })
    void csv_cells_never_run_as_formulas(String value, String written) {
        assertThat(REPORT.csv()).contains(written).doesNotContain("," + value);
    }

    @Test
    void the_workbook_has_a_summary_and_every_issue_as_text_cells() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(REPORT.xlsx()))) {
            Sheet summary = book.getSheet("Summary");
            Sheet issues = book.getSheet("Issues");

            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Numbers");
            assertThat(summary.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1.0); // major
            assertThat(issues.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                issues.getRow(r).forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
            }
            assertThat(issues.getRow(3).getCell(8).getStringCellValue()).isEqualTo("=1+1 is two");
            assertThat(issues.getRow(3).getCell(6).getStringCellValue()).isEqualTo("dismissed");
            assertThat(issues.getRow(3).getCell(14).getStringCellValue()).isEqualTo("erin");
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"report.HTML, HTML", "out.csv, CSV", "a/b/c.xlsx, XLSX", "xlsx, XLSX"})
    void the_format_is_the_name_or_the_extension(String name, QaReport.Format format) {
        assertThat(QaReport.Format.of(name)).isEqualTo(format);
    }
}
