package org.tandem.language;

import java.util.concurrent.ExecutorService;
import org.languagetool.Language;
import org.languagetool.MultiThreadedJLanguageTool;

/**
 * The LanguageTool instance for a check that runs alone (the re-check of an edited segment): LanguageTool's own
 * {@link MultiThreadedJLanguageTool}, which splits the analysis by sentence and the rules among threads with the
 * same results as a plain {@code JLanguageTool}, on a thread pool shared by all languages. Full document checks use
 * plain instances, one per worker: the multi-threaded one pays for its split on every check (a task per rule).
 */
final class CoreSharingTool extends MultiThreadedJLanguageTool {

    private final ExecutorService shared;
    private final int threads;

    CoreSharingTool(Language language, ExecutorService shared, int threads) {
        // LanguageTool's own pool is created but never given work (threads start on demand): ours is shared.
        super(language, null, 1, null);
        this.shared = shared;
        this.threads = threads;
    }

    @Override
    protected ExecutorService getExecutorService() {
        return shared;
    }

    @Override
    protected int getThreadPoolSize() {
        return threads;
    }
}
