package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.base.data.ClusterLock;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.security.SystemUser;

/**
 * Instances that start together on one database (several Tandems behind a load balancer) load the demo into an
 * empty store once, not once each: start-up work of two instances, run at the same moment on the same database
 * (the H2 file, or PostgreSQL in the PostgreSQL run).
 */
@SpringBootTest
class ClusterStartTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClusterLock cluster;

    @Test
    void two_instances_starting_together_load_the_demo_once() throws Exception {
        SystemUser.run(() -> documents.documents().forEach(d -> documents.delete(d.id())));
        assertThat(SystemUser.call(documents::documents)).isEmpty();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Object>> started = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            DemoLoader instance = new DemoLoader(documents, cluster);
            Callable<Object> start = () -> {
                together.await();
                instance.run(new DefaultApplicationArguments());
                return null;
            };
            started.add(instances.submit(start));
        }
        for (Future<Object> f : started) {
            f.get(120, TimeUnit.SECONDS);
        }
        instances.shutdown();

        List<Document> loaded = SystemUser.call(documents::documents);
        assertThat(loaded).as("one demo document, however many instances started").hasSize(1);
        assertThat(loaded.get(0).segmentCount()).isPositive();
    }

    @Test
    void the_lock_of_unknown_work_is_refused_by_name() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cluster.exclusively("no-such-work", () -> 1))
                .hasMessageContaining("no-such-work");
    }
}
