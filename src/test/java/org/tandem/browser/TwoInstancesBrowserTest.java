package org.tandem.browser;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.TestDatabases;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.security.SystemUser;

/**
 * Two Tandem instances on one PostgreSQL store, each with a reviewer's browser: a save in the workbench on instance
 * A appears in the workbench open on instance B (PostgreSQL run only: on H2 there is one instance).
 */
class TwoInstancesBrowserTest {

    private static final String EDITOR = "two-instances-editor";
    private static final String TRANSLATOR = "two-instances-translator";

    @Test
    void a_save_in_a_workbench_on_one_instance_appears_in_a_workbench_on_the_other() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "two instances share a PostgreSQL store only");
        String schema = "two_" + Long.toHexString(System.nanoTime());
        WebDriver onA = null;
        WebDriver onB = null;
        try (ConfigurableApplicationContext a = instance(schema); ConfigurableApplicationContext b = instance(schema)) {
            DocumentService documents = a.getBean(DocumentService.class);
            // two contexts in one JVM: the global security holder is the last one's; A's services read A's
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(a.getBean(
                    org.springframework.security.core.context.SecurityContextHolderStrategy.class));
            Document doc = SystemUser.call(() -> documents.importTextPair("two.es.txt",
                    "Llueve.\n\nHace sol.".getBytes(StandardCharsets.UTF_8), "two.en.txt",
                    "It rains.\n\nIt is sunny.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                    DocumentService.ImportProgress.NONE));

            onB = Browsers.start();
            WebDriverWait waitB = Browsers.signIn(onB, port(b), "translator", TRANSLATOR);
            Browsers.openWorkbench(onB, waitB, port(b), doc.id());
            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "It is sunny."));

            onA = Browsers.start();
            WebDriverWait waitA = Browsers.signIn(onA, port(a), "editor", EDITOR);
            Browsers.openWorkbench(onA, waitA, port(a), doc.id());
            Browsers.clickTarget(waitA, "It is sunny.").sendKeys(Keys.chord(Keys.CONTROL, "a"), "The sun shines.",
                    Keys.chord(Keys.CONTROL, Keys.ENTER));

            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The sun shines."));
        } finally {
            if (onA != null) {
                onA.quit();
            }
            if (onB != null) {
                onB.quit();
            }
        }
    }

    private static ConfigurableApplicationContext instance(String schema) {
        return new SpringApplicationBuilder(TandemApplication.class).properties("server.port=0",
                "tandem.demo.enabled=false", TestDatabases.SHARED_SCHEMA + "=" + schema,
                "TANDEM_EDITOR_PASSWORD=" + EDITOR, "TANDEM_TRANSLATOR_PASSWORD=" + TRANSLATOR).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
