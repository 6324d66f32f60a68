package org.tandem;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the test cases skipped because the shared corpus ({@code ../shared/corpus}) is absent and says so in one
 * line at the end of the run, so that a build without it does not pass silently for the wrong reason.
 */
public class CorpusSkips implements TestExecutionListener {

    /** The reason every corpus test gives when it skips. */
    public static final String ABSENT = "shared corpus absent";

    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.contains(ABSENT)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, org.junit.platform.engine.TestExecutionResult result) {
        if (result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.ABORTED
                && result.getThrowable().map(Throwable::getMessage).filter(m -> m.contains(ABSENT)).isPresent()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.get() > 0) {
            System.out.println("[CORPUS] " + skipped.get() + " corpus test cases skipped: ../shared/corpus (real XLIFF,"
                    + " TBX and the OASIS XLIFF 2 suite, see README) is absent beside this checkout.");
        }
    }
}
