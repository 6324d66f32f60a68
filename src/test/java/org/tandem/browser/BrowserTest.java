package org.tandem.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test's people: each {@link #browser()} is one person's headless Chromium, closed after the test. */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void quitBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    WebDriver browser() {
        WebDriver driver = Browsers.start();
        browsers.add(driver);
        return driver;
    }

    /** Signs in as this user and opens the document in the workbench; the wait is the person's patience. */
    WebDriverWait openWorkbench(WebDriver driver, String user, String password, long documentId) {
        WebDriverWait wait = Browsers.signIn(driver, port, user, password);
        Browsers.openWorkbench(driver, wait, port, documentId);
        return wait;
    }
}
