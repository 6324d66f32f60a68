package org.tandem.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests: one per person in a test, each with a fresh profile. */
final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    /** A new headless browser; the test is skipped where Chromium and its driver are not installed. */
    static WebDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1366,768", "--user-data-dir=" + Files.createTempDirectory("tandem-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Signs in through the login view, as a person would. */
    static WebDriverWait signIn(WebDriver driver, int port, String user, String password) {
        driver.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*:" + port + "/$"));
        return wait;
    }

    /** Opens a document's workbench and waits for its grid. */
    static void openWorkbench(WebDriver driver, WebDriverWait wait, int port, long documentId) {
        driver.get("http://localhost:" + port + "/documents/" + documentId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.workbench-grid")));
    }

    /** Clicks the target cell whose text has the fragment, and returns the editor it opens. */
    static WebElement clickTarget(WebDriverWait wait, String fragment) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//span[contains(@class,'target') and contains(., '" + fragment + "')]"))).click();
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("tandem-segment-editor .segment-editor-input")));
    }

    /** The text the open editor holds now, typed or not. */
    static String editorText(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector('tandem-segment-editor'); return e ? e.value : null;");
    }

    /** The element that has the keyboard now, as a CSS class list ("" for none). */
    static String focusedClass(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const a = document.activeElement; return a ? (a.className || a.tagName) : '';");
    }

    /** Clicks the element once it can take the click, scrolled into view (a notification may cover it a moment). */
    static void click(WebDriver driver, WebDriverWait wait, By element) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement found = d.findElement(element);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", found);
            found.click();
            return true;
        });
    }
}
