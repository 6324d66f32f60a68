package org.tandem;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.tandem.batch.BatchCheck;
import org.tandem.language.LanguageToolServerCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tandem: a translation-review workbench. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("tandem")
@Push
public class TandemApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (BatchCheck.wanted(args)) {
            System.exit(BatchCheck.run(args, System.out, System.err));
        }
        if (LanguageToolServerCommand.wanted(args)) {
            LanguageToolServerCommand.run(args);
            return;
        }
        SpringApplication.run(TandemApplication.class, args);
    }
}
