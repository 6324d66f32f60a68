package org.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.demo.DemoLoader;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;

/** Smoke test in headless Chromium: sign in, then the running app serves the demo with source and target. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + WorkbenchBrowserTest.PASSWORD)
@WithMockUser(username = "editor", roles = "EDITOR")
class WorkbenchBrowserTest {

    static final String PASSWORD = "browser-test-password";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    DocumentService documents;

    private WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--user-data-dir=" + Files.createTempDirectory("tandem-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Signs in through the login view, as a person would, and waits to land in the workbench. */
    private WebDriverWait signIn(String password) {
        driver.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys("editor");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        return wait;
    }

    @Test
    void the_login_view_refuses_a_wrong_password_and_lets_the_right_one_in() {
        WebDriverWait wait = signIn("not-the-password");
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f !== null && f.error")));
        signIn(PASSWORD).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(., 'xi-putin-moscu')]")));
        assertThat(driver.findElement(By.cssSelector(".signed-in")).getText()).isEqualTo("editor · Editor");
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void the_demo_document_shows_source_and_target_columns() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(PASSWORD);
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(., 'xi-putin-moscu')]")));
        link.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "China y Rusia refuerzan"));
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Source (es)").contains("Target (en-US)");
        assertThat(page).contains("China and Russia strengthen alliance against Western powers");
        List<WebElement> cells = driver.findElements(By.cssSelector(".segment-text.target"));
        assertThat(cells).isNotEmpty();
    }

    @Test
    void typing_in_the_target_keeps_inline_codes_and_ctrl_enter_saves_it_as_reviewed() throws Exception {
        byte[] xliff;
        try (var in = getClass().getResourceAsStream("/xliff/inline.xlf")) {
            xliff = in.readAllBytes();
        }
        Document doc = documents.importXliff("inline.xlf", xliff, null, false, DocumentService.ImportProgress.NONE);
        Segment first = documents.segments(doc.id()).get(0);
        WebDriverWait wait = signIn(PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*:" + port + "/$"));
        driver.get("http://localhost:" + port + "/documents/" + doc.id());
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//span[contains(@class,'target') and contains(., 'Klicken Sie auf')]")));
        target.click();
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("tandem-segment-editor .segment-editor-input")));
        assertThat(editor.findElements(By.cssSelector(".code"))).hasSize(3);
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " OK"); // the click put the caret where it landed
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(d -> documents.segment(doc.id(), first.id()).status() == SegmentStatus.REVIEWED);
        assertThat(documents.segment(doc.id(), first.id()).target()).isEqualTo(first.target() + " OK");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "behalten. OK"));
    }

    @Test
    void a_glossary_term_clicked_beside_the_segment_goes_where_the_caret_is() {
        Document demo = DemoLoader.importInto(documents);
        Segment segment = documents.segments(demo.id()).stream()
                .filter(s -> s.targetText().contains("Siberian Force 2")).findFirst().orElseThrow();
        WebDriverWait wait = signIn(PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*:" + port + "/$"));
        driver.get("http://localhost:" + port + "/documents/" + demo.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.workbench-grid")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('vaadin-grid.workbench-grid').scrollToIndex(arguments[0])",
                segment.index() - 1);
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//span[contains(@class,'target') and contains(., 'Siberian Force 2')]")));
        target.click();
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("tandem-segment-editor .segment-editor-input")));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        WebElement term = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(@class,'term-insert') and contains(., 'Power of Siberia 2')]")));
        term.click();

        wait.until(d -> documents.segment(demo.id(), segment.id()).targetText().startsWith("Power of Siberia 2"));
        assertThat(documents.segment(demo.id(), segment.id()).targetText())
                .isEqualTo("Power of Siberia 2 " + segment.targetText());
    }

    @Test
    void a_save_elsewhere_is_pushed_into_the_open_page() {
        Document doc = documents.importTextPair("push.es.txt", "Llueve.\n\nHace sol.".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "push.en.txt", "It rains.\n\nIt is sunny.".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
        WebDriverWait wait = signIn(PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*:" + port + "/$"));
        driver.get("http://localhost:" + port + "/documents/" + doc.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "It is sunny."));
        Segment second = documents.segments(doc.id()).get(1);

        org.tandem.security.SignedIn.as("ben", org.tandem.security.Role.TRANSLATOR, () -> documents.saveTarget(
                doc.id(), second.id(), "The sun shines.", second.version(), null));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The sun shines."));
    }
}
