package org.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
import org.tandem.document.SegmentStatus;
import org.tandem.review.StatusService;

/**
 * The translation memory in a real browser: an approved translation offered beside a similar segment with its
 * percentage and differences, put into the target with Ctrl+Shift+1, and found again with Ctrl+K.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "TANDEM_EDITOR_PASSWORD=" + MemoryBrowserTest.EDITOR)
@WithMockUser(username = "editor", roles = "EDITOR")
class MemoryBrowserTest extends BrowserTest {

    static final String EDITOR = "editor-memory-password";

    @Autowired
    DocumentService documents;

    @Autowired
    StatusService statuses;

    private final String word = "Wb" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);

    private Document pair(String es, String en) {
        return documents.importTextPair(word + ".es.txt", es.getBytes(StandardCharsets.UTF_8), word + ".en.txt",
                en.getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    @Test
    void a_match_is_offered_inserted_with_the_keyboard_and_found_by_concordance() {
        Document earlier = pair("El tren de " + word + " sale a las nueve.", "The " + word + " train leaves at nine.");
        Segment approved = documents.segments(earlier.id()).get(0);
        statuses.setStatus(earlier.id(), approved.id(), SegmentStatus.APPROVED, null, approved.version());
        Document doc = pair("El tren de " + word + " sale a las diez.", "The train of " + word + " goes at ten.");

        WebDriver driver = browser();
        WebDriverWait wait = openWorkbench(driver, "editor", EDITOR, doc.id());
        Browsers.click(driver, wait, By.xpath("//span[contains(@class,'source') and contains(., 'a las diez')]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".memory-match .memory-score"),
                "88 %"));
        assertThat(driver.findElement(By.cssSelector(".memory-match .diff-removed")).getText()).contains("nueve");
        assertThat(driver.findElement(By.cssSelector(".memory-match .diff-added")).getText()).contains("diez");

        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("1").keyUp(Keys.SHIFT)
                .keyUp(Keys.CONTROL).perform();

        wait.until(d -> documents.segments(doc.id()).get(0).targetText().equals("The " + word
                + " train leaves at nine."));

        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        org.openqa.selenium.WebElement phrase = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-text-field.concordance-phrase input")));
        phrase.clear();
        phrase.sendKeys(word + " train" + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".concordance-count"),
                "unit"));
        assertThat(driver.findElements(By.cssSelector(".concordance-item .search-hit"))).isNotEmpty();
    }
}
