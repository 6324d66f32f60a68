package org.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;

/**
 * The workbench's frame in a real browser at 1280×800: it fits the window with its header in view, the side panel
 * folds away, header and body columns line up, severity labels are readable (WCAG AA), the top bar's API opens a
 * page to read, and an upload field takes one file after another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "TANDEM_EDITOR_PASSWORD=" + LayoutBrowserTest.EDITOR})
@WithMockUser(username = "editor", roles = "EDITOR")
class LayoutBrowserTest extends BrowserTest {

    static final String EDITOR = "editor-layout-password";

    /** Contrast of an element's text with what is behind it (its and its ancestors' backgrounds over white). */
    private static final String CONTRAST = """
            const parse = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
            const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3]));
            const luminance = (rgb) => { const c = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
            const layers = [];
            for (let e = arguments[0]; e && e.nodeType === 1; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
              const bg = parse(getComputedStyle(e).backgroundColor);
              if (bg[3] > 0) layers.push(bg);
            }
            let behind = [255, 255, 255];
            for (let i = layers.length - 1; i >= 0; i--) behind = over(layers[i], behind);
            const text = over(parse(getComputedStyle(arguments[0]).color), behind);
            const a = luminance(text), b = luminance(behind);
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""";

    @Autowired
    DocumentService documents;

    @Override
    WebDriver browser() {
        WebDriver driver = super.browser();
        driver.manage().window().setSize(new Dimension(1280, 800));
        return driver;
    }

    /** 40 segments, some with issues of each severity, so that the grid scrolls and labels show. */
    private Document document() {
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            source.append("El informe ").append(i).append(" llegó el martes.\n\n");
            target.append(i % 3 == 0 ? "the the report " : "The report ").append(i % 5 == 0 ? i + 1 : i)
                    .append(" arrived on Tuesday.\n\n");
        }
        return documents.importTextPair("layout.es.txt", source.toString().getBytes(StandardCharsets.UTF_8),
                "layout.en.txt", target.toString().getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void the_workbench_fits_the_window_keeps_its_header_and_folds_the_side_panel() {
        Document doc = document();
        WebDriver driver = browser();
        WebDriverWait wait = openWorkbench(driver, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "The report 1 arrived");

        assertThat(((Number) js(driver, "return document.scrollingElement.scrollHeight - window.innerHeight;"))
                .intValue()).as("the page itself does not scroll").isLessThanOrEqualTo(0);
        js(driver, "document.querySelector('vaadin-grid.workbench-grid').scrollToIndex(39);");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//span[contains(@class,'source') and contains(., 'El informe 40 ')]")));
        @SuppressWarnings("unchecked")
        Map<String, Number> title = (Map<String, Number>) js(driver,
                "const r = document.querySelector('.document-title').getBoundingClientRect();"
                        + " return {top: r.top, bottom: r.bottom};");
        assertThat(title.get("top").doubleValue()).as("the header stays in view").isGreaterThanOrEqualTo(0);
        assertThat(title.get("bottom").doubleValue()).isLessThan(800);

        double gridBefore = ((Number) js(driver, "return document.querySelector('vaadin-grid.workbench-grid')"
                + ".getBoundingClientRect().width;")).doubleValue();
        Browsers.click(driver, wait, By.cssSelector("vaadin-button.toggle-side-panel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".side-panel")));
        wait.until(d -> ((Number) js(d, "return document.querySelector('vaadin-grid.workbench-grid')"
                + ".getBoundingClientRect().width;")).doubleValue() > gridBefore + 200);
        Browsers.click(driver, wait, By.cssSelector("vaadin-button.toggle-side-panel"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".side-panel")));
    }

    @Test
    void grid_header_and_body_columns_line_up_and_severity_labels_are_readable() {
        Document doc = document();
        WebDriver driver = browser();
        WebDriverWait wait = openWorkbench(driver, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "the the report 3");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".issue-item .severity")));

        @SuppressWarnings("unchecked")
        List<List<Number>> columns = (List<List<Number>>) js(driver, """
                const grid = document.querySelector('vaadin-grid.workbench-grid').shadowRoot;
                const cells = (row) => [...row.querySelectorAll('th, td')].filter(c => c.getBoundingClientRect().width > 0)
                    .map(c => { const r = c.getBoundingClientRect(); return [r.left, r.width]; });
                return [cells(grid.querySelector('thead tr')).flat(), cells(grid.querySelector('tbody tr')).flat()];""");
        assertThat(columns.get(0)).hasSameSizeAs(columns.get(1)).hasSizeGreaterThanOrEqualTo(8);
        for (int i = 0; i < columns.get(0).size(); i++) {
            assertThat(columns.get(1).get(i).doubleValue()).as("header and body column edge " + i)
                    .isCloseTo(columns.get(0).get(i).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        }

        List<Object> labels = new ArrayList<>(driver.findElements(By.cssSelector(
                ".issue-item .severity, .issue-count, .issue-item .check-name, .status-rejected, .severity-minor")));
        assertThat(labels).isNotEmpty();
        for (Object label : labels) {
            double contrast = ((Number) js(driver, CONTRAST, label)).doubleValue();
            assertThat(contrast).as("contrast of “" + ((org.openqa.selenium.WebElement) label).getText() + "”")
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void the_api_menu_opens_a_help_page_and_an_upload_takes_the_next_file() throws Exception {
        WebDriver driver = browser();
        WebDriverWait wait = Browsers.signIn(driver, port, "editor", EDITOR);
        Browsers.click(driver, wait, By.xpath("//a[normalize-space(.)='API']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Tandem REST API"));
        assertThat(driver.getCurrentUrl()).endsWith("/help/api");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("/api/documents/{id}/segments");
        assertThat(((Number) js(driver, "return document.querySelector('.api-help-text table')"
                + ".getBoundingClientRect().right - window.innerWidth;")).doubleValue())
                .as("the table fits the window's width").isLessThanOrEqualTo(0);

        driver.get("http://localhost:" + port + "/");
        long before = documents.documents().size();
        for (String name : List.of("first", "second")) {
            Path file = Files.createTempFile("upload-" + name, ".xlf");
            Files.writeString(file, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file "
                    + "original=\"" + name + "\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\">"
                    + "<body><trans-unit id=\"1\"><source>Open</source><target>Öffnen</target></trans-unit></body>"
                    + "</file></xliff>");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("xliff-upload"))).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            long expected = before + (name.equals("first") ? 1 : 2);
            wait.until(d -> documents.documents().size() == expected);
        }
    }
}
