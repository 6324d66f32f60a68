package org.tandem.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.base.data.ClusterLock;
import org.tandem.security.SystemUser;

/**
 * Two instances starting together on one database load each shipped termbase once: neither fails on the other's
 * insert, and there is one termbase per shipped file afterwards.
 */
@SpringBootTest
class ShippedGlossariesClusterTest {

    @Autowired
    GlossaryService glossaries;
    @Autowired
    ClusterLock cluster;

    @Test
    void two_instances_starting_together_load_each_shipped_termbase_once() throws Exception {
        List<Termbase> shipped = SystemUser.call(glossaries::termbases).stream().filter(t -> t.origin() != null)
                .toList();
        assertThat(shipped).as("the shipped termbases of glossaries/").isNotEmpty();
        SystemUser.run(() -> shipped.forEach(t -> glossaries.delete(t.id())));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Object>> started = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ShippedGlossaries instance = new ShippedGlossaries(glossaries, cluster);
            started.add(instances.submit(() -> {
                together.await();
                instance.run(new DefaultApplicationArguments());
                return null;
            }));
        }
        for (Future<Object> f : started) {
            f.get(120, TimeUnit.SECONDS);
        }
        instances.shutdown();

        Map<String, Long> perOrigin = SystemUser.call(glossaries::termbases).stream().filter(t -> t.origin() != null)
                .collect(Collectors.groupingBy(Termbase::origin, Collectors.counting()));
        assertThat(perOrigin).containsOnlyKeys(shipped.stream().map(Termbase::origin).toList())
                .allSatisfy((origin, count) -> assertThat(count).as(origin).isEqualTo(1L));
    }
}
