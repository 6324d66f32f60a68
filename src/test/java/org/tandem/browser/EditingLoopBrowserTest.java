package org.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import org.tandem.glossary.GlossaryService;
import org.tandem.glossary.Termbase;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.review.MqmService;
import org.tandem.review.StatusService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/**
 * The editing loop in real browsers, with two people on one document: what one types survives the other's save, one
 * Ctrl+Enter opens at most one conflict view and it shows the typed text, type → Ctrl+Enter runs through the
 * document without the mouse, the first click places the caret, issues follow the typing, a double click confirms
 * one MQM error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "TANDEM_EDITOR_PASSWORD=" + EditingLoopBrowserTest.EDITOR,
        "TANDEM_TRANSLATOR_PASSWORD=" + EditingLoopBrowserTest.TRANSLATOR})
@WithMockUser(username = "editor", roles = "EDITOR")
class EditingLoopBrowserTest extends BrowserTest {

    static final String EDITOR = "editor-loop-password";
    static final String TRANSLATOR = "translator-loop-password";

    @Autowired
    DocumentService documents;

    @Autowired
    StatusService statuses;

    @Autowired
    GlossaryService glossaries;

    @Autowired
    MqmService mqm;

    private Document document(String name) {
        return documents.importTextPair(name + ".es.txt", "Hola mundo.\n\nAdiós.\n\nHasta luego.\n\nGracias."
                        .getBytes(StandardCharsets.UTF_8), name + ".en.txt",
                "Hello world.\n\nBye.\n\nSee you later.\n\nThanks.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
    }

    private static long openDialogs(WebDriver driver) {
        return driver.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).size();
    }

    @Test
    void typing_survives_another_users_save_that_changes_its_issues_and_the_conflict_view_shows_it() {
        Document doc = document("loop1");
        WebDriver editor = browser();
        WebDriverWait editorWait = openWorkbench(editor, "editor", EDITOR, doc.id());
        Browsers.clickTarget(editorWait, "Hello world.").sendKeys(Keys.END, " And more");

        WebDriver translator = browser();
        WebDriverWait translatorWait = openWorkbench(translator, "translator", TRANSLATOR, doc.id());
        WebElement theirs = Browsers.clickTarget(translatorWait, "Hello world.");
        theirs.sendKeys(Keys.chord(Keys.CONTROL, "a"), "hello hello world.");
        theirs.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        Segment first = documents.segments(doc.id()).get(0);
        translatorWait.until(d -> "hello hello world.".equals(documents.segment(doc.id(), first.id()).target()));

        editorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "was just saved by translator"));
        assertThat(Browsers.editorText(editor)).isEqualTo("Hello world. And more");

        editor.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        editorWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict-mine")));
        assertThat(editor.findElement(By.cssSelector(".conflict-mine")).getText()).isEqualTo("Hello world. And more");
        assertThat(editor.findElement(By.cssSelector(".conflict-theirs")).getText()).isEqualTo("hello hello world.");
        assertThat(openDialogs(editor)).isEqualTo(1);
        assertThat(documents.segment(doc.id(), first.id()).target()).isEqualTo("hello hello world.");
    }

    @Test
    void typing_survives_a_status_change_by_someone_else_and_the_row_shows_the_new_status() {
        Document doc = document("loop2");
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "Bye.").sendKeys(Keys.END, " Take care.");
        Segment second = documents.segments(doc.id()).get(1);

        SignedIn.as("boss", Role.EDITOR, () -> statuses.setStatus(doc.id(), second.id(), SegmentStatus.APPROVED,
                null, second.version()));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "was just saved by boss"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-approved")));
        assertThat(Browsers.editorText(editor)).isEqualTo("Bye. Take care.");
    }

    @Test
    void type_and_ctrl_enter_run_through_the_document_without_the_mouse() {
        Document doc = document("loop3");
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "Hello world.").sendKeys(Keys.END);
        List<Segment> segments = documents.segments(doc.id());
        for (int i = 0; i < 3; i++) {
            Segment segment = segments.get(i);
            String typed = " (" + (i + 1) + ")";
            editor.switchTo().activeElement().sendKeys(typed, Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait.until(d -> documents.segment(doc.id(), segment.id()).status() == SegmentStatus.REVIEWED);
            assertThat(documents.segment(doc.id(), segment.id()).target()).isEqualTo(segment.target() + typed);
            wait.until(d -> Browsers.focusedClass(d).contains("segment-editor-input")
                    && Browsers.editorText(d).equals(segments.get(segment.index()).target()));
        }
    }

    @Test
    void a_required_term_fix_after_clicking_into_another_word_replaces_the_wrong_equivalent_as_a_whole_word() {
        Termbase termbase = glossaries.create("Newsroom " + System.nanoTime(), List.of("es", "en"));
        try {
            glossaries.saveConcept(termbase.id(), null, new TermbaseData.Concept("", "", "", "", List.of(
                    new TermbaseData.Term("es", "portavoz", TermStatus.PREFERRED, "", false, ""),
                    new TermbaseData.Term("en", "spokesperson", TermStatus.PREFERRED, "", false, ""))));
            Document doc = documents.importTextPair("term.es.txt", "Lo dijo el portavoz de Seguridad Nacional."
                            .getBytes(StandardCharsets.UTF_8), "term.en.txt",
                    "The National Security spokesman said so.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                    DocumentService.ImportProgress.NONE);
            WebDriver editor = browser();
            WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
            WebElement target = Browsers.clickTarget(wait, "spokesman said so.");
            target.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                    Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // the caret inside "National"

            Browsers.click(editor, wait, By.xpath("//vaadin-button[contains(@class, 'suggestion') and "
                    + "contains(., 'spokesman') and contains(., 'spokesperson')]"));

            Segment segment = documents.segments(doc.id()).get(0);
            wait.until(d -> documents.segment(doc.id(), segment.id()).target().contains("spokesperson"));
            assertThat(documents.segment(doc.id(), segment.id()).target())
                    .isEqualTo("The National Security spokesperson said so.");
        } finally {
            glossaries.delete(termbase.id());
        }
    }

    @Test
    void a_pause_of_typing_underlines_the_typed_texts_issues_and_the_caret_stays_where_it_was() {
        Document doc = document("loop6");
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "Thanks.").sendKeys(Keys.END, " It is is done.");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tandem-segment-editor .segment-editor-input .issue"), "is is"));
        editor.switchTo().activeElement().sendKeys(" Yes");

        assertThat(Browsers.editorText(editor)).isEqualTo("Thanks. It is is done. Yes");
        Segment last = documents.segments(doc.id()).get(3);
        assertThat(documents.segment(doc.id(), last.id()).target()).isEqualTo("Thanks."); // nothing saved yet
    }

    @Test
    void the_first_click_on_a_target_puts_the_caret_where_it_lands_and_a_status_click_gives_it_back() {
        Document doc = document("loop7");
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//span[contains(@class,'target') and contains(., 'See you later.')]")));
        // the left half of the "y" of "you", in the viewport's coordinates
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) editor).executeScript("""
                const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const i = node.nodeValue.indexOf('you');
                  if (i >= 0) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    const r = range.getBoundingClientRect();
                    return [r.left + 1, r.top + r.height / 2];
                  }
                }
                return null;""", shown);
        new Actions(editor).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
        wait.until(d -> Browsers.focusedClass(d).contains("segment-editor-input"));
        editor.switchTo().activeElement().sendKeys("all of ");

        assertThat(Browsers.editorText(editor)).isEqualTo("See all of you later.");

        Browsers.click(editor, wait, By.cssSelector("vaadin-button.approve-segment"));
        Segment third = documents.segments(doc.id()).get(2);
        wait.until(d -> documents.segment(doc.id(), third.id()).status() == SegmentStatus.APPROVED);
        assertThat(documents.segment(doc.id(), third.id()).target()).isEqualTo("See all of you later.");
        wait.until(d -> Browsers.focusedClass(d).contains("segment-editor-input"));
    }

    @Test
    void a_double_click_on_confirm_as_mqm_error_records_one_error() {
        Document doc = documents.importTextPair("mqm.es.txt", "Hola mundo.".getBytes(StandardCharsets.UTF_8),
                "mqm.en.txt", "Hello hello world.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "Hello hello world.");
        By confirm = By.xpath("//vaadin-button[normalize-space(.)='Confirm as MQM error']");
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(confirm));

        new Actions(editor).doubleClick(button).perform();

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Confirmed as MQM error']")));
        assertThat(mqm.errors(doc.id())).hasSize(1);
    }

    @Test
    void leaving_the_page_with_typing_not_yet_sent_asks_first() {
        Document doc = document("loop8");
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        String leaving = "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented;";
        assertThat((Boolean) ((JavascriptExecutor) editor).executeScript(leaving)).isFalse();

        Browsers.clickTarget(wait, "Bye.").sendKeys(Keys.END, " Take care.");
        assertThat((Boolean) ((JavascriptExecutor) editor).executeScript(leaving)).as("typing not sent").isTrue();

        editor.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        Segment second = documents.segments(doc.id()).get(1);
        wait.until(d -> documents.segment(doc.id(), second.id()).target().equals("Bye. Take care."));
        assertThat((Boolean) ((JavascriptExecutor) editor).executeScript(leaving)).as("all saved").isFalse();
    }

    @Test
    void a_files_note_is_visible_when_its_segment_is_open() {
        String xliff = "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" "
                + "trgLang=\"de\"><file id=\"f1\" original=\"menu.rc\"><unit id=\"open\"><notes><note>Menu item, at "
                + "most 10 characters.</note></notes><segment><source>Open</source><target>Öffnen</target></segment>"
                + "</unit></file></xliff>";
        Document doc = documents.importXliff("menu.xlf", xliff.getBytes(StandardCharsets.UTF_8), null, false,
                DocumentService.ImportProgress.NONE);
        WebDriver editor = browser();
        WebDriverWait wait = openWorkbench(editor, "editor", EDITOR, doc.id());
        Browsers.clickTarget(wait, "Öffnen");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".segment-notes"),
                "Menu item, at most 10 characters."));
        assertThat(editor.findElement(By.cssSelector(".segment-where")).getText()).contains("menu.rc");
    }
}
