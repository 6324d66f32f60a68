package org.tandem.qa.languagetool;

import com.google.common.util.concurrent.MoreExecutors;
import java.util.concurrent.ExecutorService;
import org.languagetool.Language;
import org.languagetool.MultiThreadedJLanguageTool;

/**
 * A LanguageTool instance that checks one text either on the calling thread alone or, when the pool sees no other
 * check running, on all cores: LanguageTool's own {@link MultiThreadedJLanguageTool} splits the analysis by sentence
 * and the rules among threads with the same results as a plain {@code JLanguageTool}. This is what makes the
 * re-check of one long edited paragraph use both cores, while a full document check keeps one segment per core.
 */
final class CoreSharingTool extends MultiThreadedJLanguageTool {

    private static final ExecutorService SAME_THREAD = MoreExecutors.newDirectExecutorService();
    private final ExecutorService shared;
    private final int threads;
    private boolean parallel;

    CoreSharingTool(Language language, ExecutorService shared, int threads) {
        // LanguageTool's own pool is created but never given work (threads start on demand): ours is shared.
        super(language, null, 1, null);
        this.shared = shared;
        this.threads = threads;
    }

    /** Whether the next checks may use every thread of the shared pool. */
    void parallel(boolean parallel) {
        this.parallel = parallel;
    }

    @Override
    protected ExecutorService getExecutorService() {
        return parallel ? shared : SAME_THREAD;
    }

    @Override
    protected int getThreadPoolSize() {
        return parallel ? threads : 1;
    }
}
