package org.tandem.language;

import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds and warms LanguageTool for the configured languages in the background once the application is up: in-process
 * (its bitext rules run here in any case) and, where configured, on every LanguageTool server.
 */
@Component
class LanguageToolWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolWarmup.class);
    private final LanguageToolPool pool;
    private final LanguageToolServers servers;
    private final Set<String> languages;

    LanguageToolWarmup(LanguageToolPool pool, LanguageToolServers servers,
                       @Value("${tandem.languagetool.warm:en-US,es}") String languages) {
        this.pool = pool;
        this.servers = servers;
        this.languages = new LinkedHashSet<>(java.util.Arrays.asList(languages.split("\\s*,\\s*")));
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread thread = new Thread(() -> {
            for (String tag : languages) {
                try {
                    pool.language(tag).ifPresent(language -> {
                        pool.warm(language);
                        if (servers.configured()) {
                            servers.warm(language, pool.disabledRules(language));
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Could not warm LanguageTool for {}: {}", tag, e.getMessage());
                }
            }
        }, "languagetool-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
