package org.tandem.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The batch command's JSON, text output and exit codes. */
class BatchCheckTest {

    @TempDir
    static Path dir;
    static Path news;

    @BeforeAll
    static void files() throws IOException {
        try (InputStream in = BatchCheckTest.class.getResourceAsStream("/xliff/check-en.xlf")) {
            news = Files.write(dir.resolve("news.xlf"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("broken.xlf"), "<xliff version=\"1.2\"><file");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BatchCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reports_issues_as_json_per_file_and_segment() throws IOException {
        Run run = run("check", news.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(news.toString());
        assertThat(file.get("sourceLang").asText()).isEqualTo("es");
        assertThat(file.get("targetLang").asText()).isEqualTo("en-US");
        JsonNode first = file.get("segments").get(0);
        assertThat(first.get("id").asText()).isEqualTo("n1");
        JsonNode glued = first.get("issues").get(0);
        assertThat(glued.get("check").asText()).isEqualTo("quote-glued");
        assertThat(glued.get("category").asText()).isEqualTo("linguistic-conventions/punctuation");
        assertThat(glued.get("severity").asText()).isEqualTo("minor");
        assertThat(glued.get("start").asInt()).isEqualTo(21);
        assertThat(glued.get("end").asInt()).isEqualTo(22);
        assertThat(glued.get("suggestions").get(0).asText()).isEqualTo(",\" ");
        JsonNode number = file.get("segments").get(1);
        assertThat(number.get("id").asText()).isEqualTo("n2");
        assertThat(number.get("issues").get(0).get("check").asText()).isEqualTo("number-mismatch");
        assertThat(number.get("issues").get(0).get("severity").asText()).isEqualTo("major");
        assertThat(file.get("segments")).hasSize(2);
    }

    @Test
    void writes_the_qa_report_in_the_format_of_its_extension_besides_the_usual_output() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        Path html = dir.resolve("report.html");

        Run workbook = run("check", news.toString(), "--report", xlsx.toString());
        Run page = run("check", news.toString(), "--format", "text", "--report", html.toString());

        assertThat(workbook.exit()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(workbook.out()).get("files")).hasSize(1);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet issues = book.getSheet("Issues");
            assertThat(issues.getRow(0).getCell(2).getStringCellValue()).isEqualTo("check");
            java.util.List<String> segments = new java.util.ArrayList<>();
            for (int r = 1; r <= issues.getLastRowNum(); r++) {
                segments.add(issues.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(segments).contains("n1", "n2");
        }
        assertThat(page.out()).contains("quote-glued");
        assertThat(Files.readString(html)).contains("<h1>QA report: news.xlf</h1>").contains("<mark>");
    }

    @Test
    void a_report_file_of_another_kind_is_refused_before_anything_is_checked() {
        Run run = run("check", news.toString(), "--report", dir.resolve("report.pdf").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".html, .csv or .xlsx");
    }

    @ParameterizedTest(name = "--fail-on {0} → exit {1}")
    @CsvSource({"minor, 1", "major, 1", "critical, 0"})
    void exit_code_follows_fail_on(String level, int exit) {
        assertThat(run("check", news.toString(), "--fail-on", level).exit()).isEqualTo(exit);
    }

    @Test
    void text_format_gives_one_line_per_issue() {
        Run run = run("check", news.toString(), "--format", "text");
        assertThat(run.out()).contains(news + ":n1:21-22: minor quote-glued: ")
                .contains(news + ":n2:0-2: major number-mismatch: ");
    }

    @Test
    void checks_against_a_glossary_file_without_storing_it() throws IOException {
        Path glossary = Files.writeString(dir.resolve("news.csv"), """
                id,es,en,en status
                1,portavoz,spokesperson,preferred
                1,,spokeswoman,deprecated
                """);
        Path glossaryTbx = Files.writeString(dir.resolve("order.tbx"), """
                <martif type="TBX" xml:lang="es"><text><body><termEntry id="o">
                  <langSet xml:lang="es"><tig><term>orden</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>order</term></tig></langSet>
                </termEntry></body></text></martif>""");

        Run run = run("check", news.toString(), "--glossary", glossary.toString(), "--glossary",
                glossaryTbx.toString(), "--format", "text");

        assertThat(run.err()).doesNotContain("ERROR");
        assertThat(run.out()).contains(news + ":n1:31-42: minor glossary: “spokeswoman” is deprecated in the glossary:"
                + " use “spokesperson”.").doesNotContain(":n3:");
        assertThat(run("check", news.toString(), "--format", "text").out()).doesNotContain("glossary");
    }

    @Test
    void a_profile_from_the_checks_page_switches_checks_off_and_hints_never_fail_the_run() throws IOException {
        Path profile = Files.write(dir.resolve("profile.json"), org.tandem.qa.CheckProfile.NONE
                .with("es-en", "quote-glued", new org.tandem.qa.CheckProfile.Setting(false, null, null))
                .with("es-en", "number-mismatch", new org.tandem.qa.CheckProfile.Setting(true, null,
                        "reviewers kept 2 of 40"))
                .toJson());
        assertThat(run("check", news.toString(), "--fail-on", "major").exit()).as("without the profile").isEqualTo(1);
        Run run = run("check", news.toString(), "--profile", profile.toString(), "--fail-on", "major");
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertThat(run.out()).doesNotContain("quote-glued");
        JsonNode number = file.get("segments").findValues("issues").stream().flatMap(i -> java.util.stream.StreamSupport
                .stream(i.spliterator(), false)).filter(i -> i.get("check").asText().equals("number-mismatch"))
                .findFirst().orElseThrow();
        assertThat(number.get("hint").asText()).isEqualTo("reviewers kept 2 of 40");
        assertThat(run.exit()).as("a hint does not fail the run").isZero();
        assertThat(run("check", news.toString(), "--profile", profile.toString(), "--format", "text").out())
                .contains(": hint number-mismatch:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "check NEWS --profile nope.json  | nope.json: no such file",
            "check NEWS --profile NEWS       | not a Tandem check profile",
            "check                          | no file to check",
            "check missing.xlf              | missing.xlf: no such file",
            "check BROKEN --format xml      | --format takes json or text",
            "check BROKEN --fail-on fatal   | --fail-on takes minor, major or critical",
            "check NEWS --glossary g.tbx    | g.tbx: no such file",
            "check NEWS --glossary BROKEN   | broken.xlf: is not TBX",
            "check NEWS --glossary          | --glossary needs a value",
            "check BROKEN                   | broken.xlf: line 1",
    })
    void bad_input_exits_2_with_a_message(String command, String message) {
        String[] args = command.replace("BROKEN", dir.resolve("broken.xlf").toString())
                .replace("NEWS", news.toString()).split(" ");
        Run run = run(args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }
}
