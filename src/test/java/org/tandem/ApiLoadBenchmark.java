package org.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.security.ApiTokenService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/**
 * The REST API under load, on one machine (server and clients share its two cores), H2 file database, in-process
 * LanguageTool. Prints, per phase, saves per second and latency percentiles: 20 clients saving with HTTP Basic, the
 * same with API tokens, one client with a token, and 20 token clients with H2's write delay back at its default (the
 * cost of acknowledging only what is on disk). Then a burst of 100 parallel 1 MB imports while a reader lists the
 * documents: the imports' statuses and the reads' latencies. Asserts nothing. Run:
 * {@code mvn test-compile exec:exec@api-benchmark} (docs/benchmarks.md).
 */
public final class ApiLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "benchmark-editor-password";
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("phase.seconds", 20));

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tandem-api-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .properties("spring.datasource.url=jdbc:h2:file:" + dir.resolve("tandem").toAbsolutePath()
                                + ";DB_CLOSE_ON_EXIT=FALSE", "tandem.demo.enabled=false", "server.port=0",
                        "logging.level.root=WARN", "TANDEM_EDITOR_PASSWORD=" + PASSWORD)
                .run()) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            String basic = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + SignedIn.as("editor", Role.EDITOR,
                    () -> context.getBean(ApiTokenService.class).create("benchmark")).secret();

            HttpResponse<String> created = api.upload(bearer, "load.xlf", TestFiles.xliff(2_000, "load"));
            long doc = JSON.readTree(created.body()).get("id").asLong();
            List<long[]> segments = new ArrayList<>();
            for (JsonNode s : JSON.readTree(api.get(bearer, "/api/documents/" + doc + "/segments").body())) {
                segments.add(new long[] {s.get("id").asLong(), s.get("version").asInt()});
            }
            System.out.printf(Locale.ROOT, "max heap %d MB, %d cores, %d s per phase%n",
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                    PHASE.toSeconds());
            saves(api, "warm-up (tokens, 20 clients)", bearer, 20, segments, doc, Duration.ofSeconds(10));
            saves(api, "HTTP Basic, 20 clients", basic, 20, segments, doc, PHASE);
            saves(api, "API token, 20 clients", bearer, 20, segments, doc, PHASE);
            saves(api, "API token, 1 client", bearer, 1, segments, doc, PHASE);
            DataSource data = context.getBean(DataSource.class);
            writeDelay(data, 500);
            saves(api, "API token, 20 clients, H2 write delay 500 ms (not durable)", bearer, 20, segments, doc, PHASE);
            writeDelay(data, 0);
            burst(api, bearer);
        }
    }

    private static void writeDelay(DataSource data, int millis) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + millis);
        }
    }

    private static void saves(ApiClient api, String label, String auth, int clients, List<long[]> segments, long doc,
                              Duration length) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        int share = segments.size() / clients;
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<long[]> mine = segments.subList(c * share, c * share + share);
            running.add(pool.submit(() -> {
                int round = 0;
                while (System.nanoTime() < end) {
                    long[] segment = mine.get(round++ % mine.size());
                    long t = System.nanoTime();
                    HttpResponse<String> r = api.put(auth, "/api/documents/" + doc + "/segments/" + segment[0],
                            "{\"target\":\"Satz " + round + " gespeichert.\",\"version\":" + segment[1] + "}");
                    latencies.add(System.nanoTime() - t);
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() == 200) {
                        segment[1] = JSON.readTree(r.body()).get("version").asInt();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-58s %6d saves  %6.1f /s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %s%n",
                label, sorted.size(), sorted.size() / (double) length.toSeconds(), pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), statuses);
    }

    private static void burst(ApiClient api, String auth) throws Exception {
        byte[] file = TestFiles.xliff(4_500, "burst");
        int imports = 100;
        ExecutorService pool = Executors.newFixedThreadPool(imports + 1);
        AtomicBoolean bursting = new AtomicBoolean(true);
        Future<List<Long>> reads = pool.submit(() -> {
            List<Long> latencies = new ArrayList<>();
            while (bursting.get()) {
                long t = System.nanoTime();
                api.get(auth, "/api/documents");
                latencies.add(System.nanoTime() - t);
                Thread.sleep(100);
            }
            return latencies;
        });
        long t = System.nanoTime();
        List<Future<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < imports; i++) {
            String name = "burst-" + i + ".xlf";
            running.add(pool.submit(() -> api.upload(auth, name, file)));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<HttpResponse<String>> f : running) {
            statuses.merge(f.get().statusCode(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        bursting.set(false);
        List<Long> sorted = new ArrayList<>(reads.get());
        Collections.sort(sorted);
        pool.shutdown();
        System.out.printf(Locale.ROOT, "burst: %d parallel imports of %.1f MB in %.1f s: %s; %d reads meanwhile: "
                        + "p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", imports, file.length / 1024.0 / 1024.0, seconds,
                statuses, sorted.size(), pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
    }

    /** The p-th percentile of sorted nanosecond figures, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
