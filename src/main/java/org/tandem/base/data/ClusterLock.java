package org.tandem.base.data;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that one Tandem of a cluster does for all (several instances share the database): run under the work's row
 * of {@code cluster_lock}, locked with {@code select … for update} for the whole transaction. Portable (H2 and
 * PostgreSQL), and the database releases the lock when an instance dies. The work joins the transaction, so it should
 * look whether it is still to be done (an empty store, an unchanged file) and do nothing when another instance did
 * it meanwhile. A database that gives up waiting (H2's lock timeout) is asked again, up to {@link #MAX_WAIT}.
 */
@Component
public class ClusterLock {

    /** Longest wait for another instance's turn. */
    static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final ClusterLockRepository locks;
    private final TransactionTemplate transaction;

    ClusterLock(ClusterLockRepository locks, TransactionTemplate transaction) {
        this.locks = locks;
        this.transaction = transaction;
    }

    /**
     * Runs {@code work} while holding the named lock, in one transaction with it.
     *
     * @throws IllegalArgumentException when there is no such lock (a migration creates each)
     */
    public <T> T exclusively(String name, Supplier<T> work) {
        long giveUp = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            try {
                return transaction.execute(status -> {
                    locks.lock(name);
                    return work.get();
                });
            } catch (PessimisticLockingFailureException busy) {
                if (System.nanoTime() > giveUp) {
                    throw busy;
                }
            }
        }
    }
}
