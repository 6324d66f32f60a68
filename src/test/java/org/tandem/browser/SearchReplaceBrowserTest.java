package org.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;

/**
 * Search and replace in a real browser: Ctrl+H, the hits highlighted in the grid, "Replace all…" with its preview
 * (one segment left out), the replaced text in the grid and the store, then "Undo" puts it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + SearchReplaceBrowserTest.EDITOR)
@WithMockUser(username = "editor", roles = "EDITOR")
class SearchReplaceBrowserTest extends BrowserTest {

    static final String EDITOR = "editor-search-password";

    @Autowired
    DocumentService documents;

    @Test
    void replace_all_with_a_preview_then_undo() {
        Document doc = documents.importTextPair("browse.es.txt", "Kiev es grande.\n\nLa ciudad.\n\nKiev y Kiev."
                        .getBytes(StandardCharsets.UTF_8), "browse.en.txt",
                "Kiev is big.\n\nThe city.\n\nKiev and kiev.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        WebDriver driver = browser();
        WebDriverWait wait = openWorkbench(driver, "editor", EDITOR, doc.id());
        Browsers.click(driver, wait, By.xpath("//span[contains(@class,'source') and contains(., 'La ciudad')]"));

        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("h").keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-field.search-find input")))
                .sendKeys("kiev");
        Browsers.click(driver, wait, By.cssSelector("vaadin-checkbox.search-whole-word"));
        driver.findElement(By.cssSelector("vaadin-text-field.search-replace input")).sendKeys("Kyiv");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-count"),
                "6 hits in 2 segments"));
        assertThat(driver.findElements(By.cssSelector("vaadin-grid.workbench-grid .search-hit"))).hasSizeGreaterThan(1);

        Browsers.click(driver, wait, By.cssSelector("vaadin-button.search-replace-all"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".replace-change"), 2));
        assertThat(driver.findElement(By.cssSelector(".replace-change .diff-added")).getText()).contains("Kyiv");
        Browsers.click(driver, wait, By.cssSelector("vaadin-checkbox.replace-take"));
        Browsers.click(driver, wait, By.cssSelector("vaadin-button.replace-confirm"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//span[contains(@class,'target') and contains(., 'Kyiv and Kyiv.')]")));
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kyiv and Kyiv.");

        Browsers.click(driver, wait, By.cssSelector("vaadin-button.replace-undo"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//span[contains(@class,'target') and contains(., 'Kiev and kiev.')]")));
        assertThat(documents.segments(doc.id())).extracting(Segment::targetText)
                .containsExactly("Kiev is big.", "The city.", "Kiev and kiev.");
    }
}
