package org.tandem.base.data;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tandem.base.web.ServerBusyException;

/**
 * Imports and other heavy jobs run at most {@code tandem.jobs.concurrency} at a time; up to {@code tandem.jobs.queue}
 * more wait their turn (at most {@code tandem.jobs.max-wait}), and beyond that a job is refused at once with
 * {@link ServerBusyException} ({@code 503} + {@code Retry-After}). A job holds a pooled connection for its whole
 * transaction, so the concurrency must stay below the pool's size: the rest of the pool is left to readers and
 * saves, which never queue. Start-up fails with a clear message when the two settings contradict each other.
 */
@Component
public class HeavyJobs {

    /** Connections a burst of jobs must leave to reads and saves. */
    static final int LEFT_FOR_READERS = 2;

    private final Semaphore running;
    private final int concurrency;
    private final int queue;
    private final long maxWaitMillis;
    /** Jobs running or waiting. */
    private final AtomicInteger admitted = new AtomicInteger();

    HeavyJobs(@Value("${tandem.jobs.concurrency:2}") int concurrency, @Value("${tandem.jobs.queue:16}") int queue,
              @Value("${tandem.jobs.max-wait:120s}") java.time.Duration maxWait, DataSource dataSource) {
        if (concurrency < 1 || queue < 0) {
            throw new IllegalStateException("tandem.jobs.concurrency must be at least 1 and tandem.jobs.queue at "
                    + "least 0 (they are " + concurrency + " and " + queue + ").");
        }
        if (dataSource instanceof HikariDataSource hikari
                && hikari.getMaximumPoolSize() < concurrency + LEFT_FOR_READERS) {
            throw new IllegalStateException("tandem.jobs.concurrency=" + concurrency + " needs a connection pool of "
                    + "at least " + (concurrency + LEFT_FOR_READERS) + " (spring.datasource.hikari.maximum-pool-size "
                    + "is " + hikari.getMaximumPoolSize() + "), so that imports never take every connection from "
                    + "readers.");
        }
        this.concurrency = concurrency;
        this.queue = queue;
        this.maxWaitMillis = maxWait.toMillis();
        this.running = new Semaphore(concurrency, true);
    }

    /**
     * Runs {@code job} in the caller's thread once a slot is free.
     *
     * @param what what the job is, for the message of a refusal ("the import of report.xlf")
     * @throws ServerBusyException when the queue is full, or the wait for a slot ran out
     */
    public <T> T run(String what, Supplier<T> job) {
        if (admitted.incrementAndGet() > concurrency + queue) {
            admitted.decrementAndGet();
            throw busy(what);
        }
        try {
            boolean acquired;
            try {
                acquired = running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy(what);
            }
            if (!acquired) {
                throw busy(what);
            }
            try {
                return job.get();
            } finally {
                running.release();
            }
        } finally {
            admitted.decrementAndGet();
        }
    }

    private ServerBusyException busy(String what) {
        return new ServerBusyException("Tandem is busy with " + concurrency + " imports and " + queue
                + " more waiting; " + what + " was not started. Try again in a minute.", 30);
    }
}
