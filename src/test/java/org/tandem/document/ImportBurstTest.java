package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tandem.security.EditorApiTest;

/**
 * A burst of parallel imports on a deliberately small pool (4 connections, 2 s to get one): every import is created
 * or refused with 503 and Retry-After, none fails with 500, and reads go on answering during the burst.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD,
                "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=2000",
                "tandem.jobs.concurrency=2", "tandem.jobs.queue=6", "tandem.jobs.max-wait=60s"})
class ImportBurstTest extends EditorApiTest {

    private static final int IMPORTS = 24;

    private ResponseEntity<String> upload(String name, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", part(name, bytes));
        return postForm("/api/documents", form);
    }

    @Test
    void a_burst_of_imports_gets_no_500_and_reads_go_on() throws Exception {
        byte[] file = org.tandem.TestFiles.xliff(3_000, "burst");
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTS + 1);
        AtomicBoolean bursting = new AtomicBoolean(true);
        Future<List<Integer>> reads = pool.submit(() -> {
            List<Integer> statuses = new ArrayList<>();
            while (bursting.get()) {
                statuses.add(http.getForEntity("/api/documents", String.class).getStatusCode().value());
                Thread.sleep(50);
            }
            return statuses;
        });
        List<Future<ResponseEntity<String>>> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            String name = "burst-" + i + ".xlf";
            imports.add(pool.submit(() -> upload(name, file)));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Future<ResponseEntity<String>> f : imports) {
            ResponseEntity<String> response = f.get(5, TimeUnit.MINUTES);
            byStatus.merge(response.getStatusCode().value(), 1, Integer::sum);
            if (response.getStatusCode().value() == 503) {
                assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
                assertThat(response.getBody()).contains("busy");
            }
        }
        bursting.set(false);
        List<Integer> readStatuses = reads.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(byStatus.keySet()).as("statuses of %d parallel imports: %s", IMPORTS, byStatus)
                .isSubsetOf(201, 503);
        // Two run and six wait: at least those eight are imported, the rest may be refused.
        assertThat(byStatus.getOrDefault(201, 0)).isGreaterThanOrEqualTo(8);
        assertThat(readStatuses).as("reads during the burst").isNotEmpty().containsOnly(200);
    }
}
