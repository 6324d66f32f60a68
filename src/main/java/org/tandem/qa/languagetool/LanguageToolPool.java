package org.tandem.qa.languagetool;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code JLanguageTool} is not thread-safe and slow to build (seconds, plus a slow first check), so each language
 * gets a small pool of ready instances, built on first use or by {@link #warm}.
 */
@Component
public class LanguageToolPool {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolPool.class);
    /** Which LanguageTool variant serves a bare language code (a bare "en" or "de" has no spell checker). */
    private static final Map<String, String> DEFAULT_VARIANT = Map.of("en", "en-US", "de", "de-DE", "pt", "pt-PT",
            "ca", "ca-ES", "nl", "nl", "es", "es", "fr", "fr");
    /**
     * Rules Tandem's own checks cover with the source in view: a quotation or sentence may span segments, and
     * quote style is a document-wide choice (quote-mixed, quote-convention).
     */
    private static final java.util.regex.Pattern OWN_CHECKS_COVER = java.util.regex.Pattern.compile(
            "UNPAIRED|QUOTE|ANFUEHRUNGSZEICHEN|COMILLAS|GUILLEMET|^WHITESPACE_RULE$|UPPERCASE_SENTENCE_START"
                    + "|ENGLISH_WORD_REPEAT_BEGINNING_RULE");
    private static final int SIZE = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final Map<String, BlockingQueue<CoreSharingTool>> pools = new ConcurrentHashMap<>();
    /** Threads a check may borrow when it is the only one running (see {@link CoreSharingTool}). */
    private final java.util.concurrent.ExecutorService shared = new java.util.concurrent.ForkJoinPool(SIZE,
            pool -> {
                java.util.concurrent.ForkJoinWorkerThread thread =
                        java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                thread.setName("languagetool-" + thread.getPoolIndex());
                thread.setDaemon(true);
                return thread;
            }, null, false);
    /** Checks running now, over all languages. */
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    /** The LanguageTool language for a BCP 47 tag, if LanguageTool (with the modules Tandem ships) knows it. */
    public Optional<Language> language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        for (String candidate : new String[] {tag, DEFAULT_VARIANT.getOrDefault(tag.split("-")[0], tag.split("-")[0])}) {
            if (Languages.isLanguageSupported(candidate)) {
                Language language = Languages.getLanguageForShortCode(candidate);
                if (language.getDefaultLanguageVariant() != null && language.getShortCodeWithCountryAndVariant()
                        .equals(language.getShortCode())) {
                    language = language.getDefaultLanguageVariant();
                }
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs work with an instance for the language, waiting for one if all are busy. When no other check is running,
     * the instance may spread its work over every core.
     */
    public <T> T with(Language language, Function<JLanguageTool, T> work) {
        BlockingQueue<CoreSharingTool> pool = pools.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                code -> fill(language));
        CoreSharingTool tool;
        try {
            tool = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for LanguageTool", e);
        }
        tool.parallel(running.incrementAndGet() == 1 && SIZE > 1);
        try {
            return work.apply(tool);
        } finally {
            running.decrementAndGet();
            pool.add(tool);
        }
    }

    /** Builds the pool and runs a first check on each instance, so that the first real check is not the cold one. */
    public void warm(Language language) {
        long start = System.nanoTime();
        with(language, tool -> {
            try {
                return tool.check("This is a short sentence to warm up the rules.");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        LOG.info("LanguageTool {} ready in {} ms", language.getShortCodeWithCountryAndVariant(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        shared.shutdownNow();
    }

    private BlockingQueue<CoreSharingTool> fill(Language language) {
        BlockingQueue<CoreSharingTool> pool = new ArrayBlockingQueue<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            CoreSharingTool tool = new CoreSharingTool(language, shared, SIZE);
            for (Rule rule : tool.getAllActiveRules()) {
                // Tandem's own checks cover these with the source in view (a quotation may span segments).
                if (OWN_CHECKS_COVER.matcher(rule.getId()).find()) {
                    tool.disableRule(rule.getId());
                }
            }
            pool.add(tool);
        }
        return pool;
    }
}
