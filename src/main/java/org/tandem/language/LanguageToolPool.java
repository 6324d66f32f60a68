package org.tandem.language;

import java.util.ArrayList;
import java.util.List;
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

    private final Map<String, BlockingQueue<JLanguageTool>> pools = new ConcurrentHashMap<>();
    /** Per language, the rules {@link #configure} turns off. */
    private final Map<String, List<String>> disabled = new ConcurrentHashMap<>();
    /** Per language, the instance a check running alone uses, spreading over every core (see {@link CoreSharingTool}). */
    private final Map<String, Lone> lone = new ConcurrentHashMap<>();
    /** Threads a check may borrow when it is the only one running. */
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

    private record Lone(CoreSharingTool tool, java.util.concurrent.locks.ReentrantLock lock) {
    }

    /**
     * Runs work with an instance for the language, waiting for one if all are busy. When no other check is running,
     * the work gets the instance that spreads over every core.
     */
    public <T> T with(Language language, Function<JLanguageTool, T> work) {
        String code = language.getShortCodeWithCountryAndVariant();
        boolean alone = running.incrementAndGet() == 1 && SIZE > 1;
        try {
            if (alone) {
                Lone parallel = lone(language);
                if (parallel.lock().tryLock()) {
                    try {
                        return work.apply(parallel.tool());
                    } finally {
                        parallel.lock().unlock();
                    }
                }
            }
            BlockingQueue<JLanguageTool> pool = pools.computeIfAbsent(code, c -> fill(language));
            JLanguageTool tool;
            try {
                tool = pool.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for LanguageTool", e);
            }
            try {
                return work.apply(tool);
            } finally {
                pool.add(tool);
            }
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * Builds the pool and the lone-check instance and runs a first check on each, so that the first real check is
     * not the cold one.
     */
    public void warm(Language language) {
        long start = System.nanoTime();
        String sample = "This is a short sentence to warm up the rules.";
        BlockingQueue<JLanguageTool> pool = pools.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                c -> fill(language));
        // Instances are not thread-safe: each is taken out of the pool (or locked) while it warms.
        List<JLanguageTool> taken = new ArrayList<>();
        try {
            for (int i = 0; i < SIZE; i++) {
                taken.add(pool.take());
            }
            taken.forEach(tool -> check(tool, sample));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            pool.addAll(taken);
        }
        Lone parallel = lone(language);
        parallel.lock().lock();
        try {
            check(parallel.tool(), sample);
        } finally {
            parallel.lock().unlock();
        }
        LOG.debug("LanguageTool {} ready in {} ms", language.getShortCodeWithCountryAndVariant(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Lone lone(Language language) {
        return lone.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), c -> new Lone(
                configure(new CoreSharingTool(language, shared, SIZE)), new java.util.concurrent.locks.ReentrantLock()));
    }

    private static void check(JLanguageTool tool, String text) {
        try {
            tool.check(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        shared.shutdownNow();
    }

    private static BlockingQueue<JLanguageTool> fill(Language language) {
        BlockingQueue<JLanguageTool> pool = new ArrayBlockingQueue<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            pool.add(configure(new JLanguageTool(language)));
        }
        return pool;
    }

    /**
     * Turns off the rules Tandem's own checks cover with the source in view (a quotation may span segments) and
     * those the {@link ReviewProfile} leaves out of a review.
     */
    private static <T extends JLanguageTool> T configure(T tool) {
        disabledRules(tool).forEach(tool::disableRule);
        return tool;
    }

    private static List<String> disabledRules(JLanguageTool tool) {
        String code = tool.getLanguage().getShortCodeWithCountryAndVariant();
        return tool.getAllActiveRules().stream()
                .filter(rule -> OWN_CHECKS_COVER.matcher(rule.getId()).find() || ReviewProfile.off(rule, code))
                .map(Rule::getId).distinct().toList();
    }

    /**
     * The ids of the rules Tandem turns off for the language, for a LanguageTool server to turn off the same: its
     * results are then the in-process ones. Read once per language from a tool built for it.
     */
    public List<String> disabledRules(Language language) {
        return disabled.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                code -> disabledRules(new JLanguageTool(language)));
    }
}
