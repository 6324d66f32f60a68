package org.tandem.memory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.security.SystemUser;

/**
 * Once started, on a thread of its own ({@code tandem.memory.warm}, on by default): gives every reviewed or approved
 * segment without a unit one (segments approved before the memory existed, or an import's units lost to a failure
 * after it committed), then reads the memory into this instance's indexes; lookups meanwhile wait for it or build
 * what they need themselves.
 */
@Component
class MemoryWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryWarmUp.class);

    private final MemoryService memory;
    private final MemoryRecorder recorder;
    private final boolean enabled;

    MemoryWarmUp(MemoryService memory, MemoryRecorder recorder, @Value("${tandem.memory.warm:true}") boolean enabled) {
        this.memory = memory;
        this.recorder = recorder;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                long start = System.nanoTime();
                int added = recorder.keepUnkept(null, SystemUser.NAME);
                if (added > 0) {
                    LOG.info("Translation memory: {} reviewed or approved segments had no unit yet and now have one",
                            added);
                }
                SystemUser.run(memory::warm);
                long millis = (System.nanoTime() - start) / 1_000_000;
                // only what is worth knowing: start-up output ends with what the operator must read (first passwords)
                if (millis >= 1_000) {
                    LOG.info("Translation memory read into the index in {} ms", millis);
                }
            } catch (RuntimeException e) {
                LOG.warn("Reading the translation memory ahead failed; lookups read it themselves: {}", e.toString());
            }
        }, "memory-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
