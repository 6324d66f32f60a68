package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.TestDatabases;

/**
 * Two Tandem instances on one PostgreSQL store: a change stored in one reaches the subscribers (open workbenches) of
 * the other, once, and again after the database dropped the listening connections (as a restart does); two saves of
 * one segment on the two instances never overwrite each other. On H2 (one
 * process) there is nothing to test: the in-process path is all.
 */
class ClusterEventsTest {

    @Test
    void a_change_in_one_instance_reaches_the_other_and_again_after_a_lost_connection() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "changes travel between instances on PostgreSQL only");
        String schema = "shared_" + Long.toHexString(System.nanoTime());
        try (ConfigurableApplicationContext a = instance(schema); ConfigurableApplicationContext b = instance(schema)) {
            List<SegmentSaved> inA = new CopyOnWriteArrayList<>();
            List<SegmentSaved> inB = new CopyOnWriteArrayList<>();
            a.getBean(SegmentEvents.class).subscribe(42, inA::add);
            b.getBean(SegmentEvents.class).subscribe(42, inB::add);

            SegmentSaved saved = new SegmentSaved(42, 7, 3, 2, "editor", false);
            a.getBean(SegmentEvents.class).publish(saved);
            await(() -> inB.size() == 1);
            assertThat(inB).containsExactly(saved);
            Thread.sleep(1_000);
            assertThat(inA).as("the saving instance hears its own change once").containsExactly(saved);

            // the database drops every listening connection; the instances connect again and deliver again
            terminateListeners();
            SegmentSaved later = new SegmentSaved(42, 7, 3, 3, "translator", true);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!inB.contains(later) && System.nanoTime() < until) {
                a.getBean(SegmentEvents.class).publish(later);
                Thread.sleep(500);
            }
            assertThat(inB).as("delivery resumes after the lost connection").contains(later);
        }
    }

    @Test
    void two_saves_of_one_segment_on_two_instances_never_overwrite_each_other() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "two instances share a PostgreSQL store only");
        String schema = "stale_" + Long.toHexString(System.nanoTime());
        try (ConfigurableApplicationContext a = instance(schema); ConfigurableApplicationContext b = instance(schema)) {
            DocumentService onA = a.getBean(DocumentService.class);
            DocumentService onB = b.getBean(DocumentService.class);
            Document doc = as(a, () -> onA.importTextPair("stale.es.txt", "Llueve.".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), "stale.en.txt", "It rains.".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE));
            Segment read = as(b, () -> onB.segments(doc.id()).get(0));

            // both read version n; A saves first; B's save of the same version is refused, not written over A's
            as(a, () -> onA.saveTarget(doc.id(), read.id(), "It is raining.", read.version(), null));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(b, () -> onB.saveTarget(doc.id(), read.id(),
                    "Rain falls.", read.version(), null))).isInstanceOf(StaleSegmentException.class);
            assertThat(as(b, () -> onB.segments(doc.id()).get(0).target())).isEqualTo("It is raining.");
        }
    }

    /** Runs work in one instance as the system user (two contexts in one JVM: each reads its own security holder). */
    private static <T> T as(ConfigurableApplicationContext instance, java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(instance.getBean(
                org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        return org.tandem.security.SystemUser.call(work);
    }

    private static ConfigurableApplicationContext instance(String schema) {
        return new SpringApplicationBuilder(TandemApplication.class)
                .properties("server.port=0", "tandem.demo.enabled=false", TestDatabases.SHARED_SCHEMA + "=" + schema)
                .run();
    }

    private static void terminateListeners() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl(),
                System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_USER", "tandem"),
                System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_PASSWORD", ""));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where application_name = '" + SegmentEventsRepository.LISTENER_NAME + "'")) {
            r.next();
            assertThat(r.getInt(1)).as("listening connections dropped").isGreaterThanOrEqualTo(2);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("delivered within 10 s").isTrue();
    }
}
