package org.tandem;

import static org.tandem.ApiLoadBenchmark.pct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.language.LocalLanguageToolServer;
import org.tandem.security.ApiTokenService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/**
 * Simulated reviewers over the REST API, on loopback addresses, against (a) {@code -Dload.setup=single}: one Tandem
 * on an H2 file with LanguageTool in-process, or (b) {@code -Dload.setup=cluster}: two Tandem instances on one
 * PostgreSQL schema ({@code TANDEM_TEST_POSTGRES_URL}) with LanguageTool's server ({@code languagetool-server}, its
 * own JVM) as the check tier. Each reviewer opens one of five documents, then saves its own segments in turn (the
 * instances alternate by reviewer), each save a new sentence with one misspelling, and asks for the document's issues
 * until the saved segment's issues show it. Prints saves per second, save latency p50/p95/p99 and the time from a
 * save's acknowledgement until its issues are updated, per phase; at the end every acknowledged save is looked up
 * in its segment's history (lost or duplicated changes are counted). Asserts nothing. Run:
 * {@code mvn test-compile exec:exec@load-benchmark} (docs/benchmarks.md).
 */
public final class ClusterLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("phase.seconds", 30));
    private static final int DOCUMENTS = 5;
    private static final int SEGMENTS = 100;
    private static final String MISSPELT = "goverment";
    private static final String USER = System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_USER", "tandem");

    /** A save the server acknowledged: it must be in the segment's history exactly once. */
    private record Ack(long documentId, long segmentId, int version, String text) {
    }

    /** One reviewer's segments (id and the version it holds) in one document, on one instance. */
    private record Reviewer(int number, ApiClient api, long documentId, List<long[]> segments) {
    }

    private ClusterLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean cluster = "cluster".equals(System.getProperty("load.setup", "single"));
        ConfigurableApplicationContext single = null;
        List<Process> instances = new ArrayList<>();
        LocalLanguageToolServer languageTool = null;
        Path dir = Files.createTempDirectory("tandem-load-bench");
        try {
            List<ApiClient> apis = new ArrayList<>();
            String bearer;
            String setup;
            if (cluster) {
                // Each instance in its own JVM, as in production (two applications in one JVM would share Spring
                // Security's static context holder).
                String url = TestDatabases.postgresUrl();
                if (url == null) {
                    throw new IllegalStateException("-Dload.setup=cluster needs " + TestDatabases.URL);
                }
                String schema = "load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                try (Connection c = DriverManager.getConnection(url, USER, ""); Statement s = c.createStatement()) {
                    s.execute("create schema " + schema);
                }
                String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
                languageTool = LocalLanguageToolServer.start(LocalLanguageToolServer.freePort());
                for (int i = 0; i < 2; i++) {
                    int port = LocalLanguageToolServer.freePort();
                    instances.add(start(dir, port, "--spring.datasource.url=" + withSchema,
                            "--spring.datasource.username=" + USER, "--spring.datasource.password=",
                            "--tandem.languagetool.servers=" + languageTool.address()));
                    apis.add(new ApiClient(port));
                }
                for (ApiClient api : apis) {
                    awaitUp(api);
                }
                bearer = "Bearer " + token(withSchema);
                setup = "two instances (own JVMs), PostgreSQL, LanguageTool server " + languageTool.address();
            } else {
                single = new SpringApplicationBuilder(TandemApplication.class).properties("tandem.demo.enabled=false",
                        "server.port=0", "logging.level.root=WARN", "spring.datasource.url=jdbc:h2:file:"
                                + dir.resolve("tandem").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE").run();
                ConfigurableApplicationContext context = single;
                apis.add(new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port"))));
                bearer = "Bearer " + SignedIn.as("editor", Role.EDITOR,
                        () -> context.getBean(ApiTokenService.class).create("load")).secret();
                setup = "one instance (clients in its JVM), " + TestDatabases.engine(context)
                        + ", LanguageTool in-process";
            }
            System.out.printf(Locale.ROOT, "setup: %s; %d cores; %d documents × %d segments; %d s per phase%n",
                    setup, Runtime.getRuntime().availableProcessors(), DOCUMENTS, SEGMENTS, PHASE.toSeconds());
            List<Long> documents = new ArrayList<>();
            for (int d = 0; d < DOCUMENTS; d++) {
                HttpResponse<String> created = apis.get(d % apis.size()).upload(bearer, "load-" + d + ".xlf", xliff(d));
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("import: HTTP " + created.statusCode() + " " + created.body());
                }
                documents.add(JSON.readTree(created.body()).get("id").asLong());
            }
            List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
            // JIT and LanguageTool's first checks in each JVM: a minute of the first measured load, not counted
            phase("warm-up, 20 reviewers, ~1 s pause", reviewers(apis, bearer, documents, 20), bearer,
                    Duration.ofSeconds(60), Duration.ofSeconds(1), acks);
            phase("20 reviewers, ~1 s pause between saves", reviewers(apis, bearer, documents, 20), bearer, PHASE,
                    Duration.ofSeconds(1), acks);
            phase("40 reviewers, ~1 s pause between saves", reviewers(apis, bearer, documents, 40), bearer, PHASE,
                    Duration.ofSeconds(1), acks);
            phase("20 reviewers, no pause (saturation)", reviewers(apis, bearer, documents, 20), bearer, PHASE,
                    Duration.ZERO, acks);
            verify(apis.get(apis.size() - 1), bearer, acks);
        } finally {
            if (single != null) {
                single.close();
            }
            for (Process instance : instances) {
                instance.destroy();
                instance.waitFor();
            }
            if (languageTool != null) {
                languageTool.close();
            }
        }
    }

    /** A Tandem instance in its own JVM (the test class path, so the same code as the benchmark's). */
    private static Process start(Path dir, int port, String... arguments) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1536m", "-cp", System.getProperty("java.class.path"),
                TandemApplication.class.getName(), "--server.port=" + port, "--tandem.demo.enabled=false",
                "--logging.level.root=WARN"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("instance-" + port + ".log").toFile()).start();
    }

    private static void awaitUp(ApiClient api) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (api.get("", "/login").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Tandem on port " + api.port() + " did not start within 3 minutes");
    }

    /**
     * An API token of the editor, stored as Tandem stores one (its SHA-256); Tandem creates tokens only for a
     * signed-in user in the browser.
     */
    private static String token(String url) throws Exception {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String secret = "tdm_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(url, USER, "");
             java.sql.PreparedStatement insert = c.prepareStatement("insert into api_token (user_id, name, "
                     + "token_hash, prefix, created_at) select id, 'load', ?, ?, current_timestamp from app_user "
                     + "where username = 'editor'")) {
            insert.setString(1, hash);
            insert.setString(2, secret.substring(0, 10));
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no editor to give the benchmark's token to");
            }
        }
        return secret;
    }

    /** A document of Spanish sources and English machine translation. */
    private static byte[] xliff(int document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"load-"
                + document + ".txt\" source-language=\"es\" target-language=\"en-US\" datatype=\"plaintext\"><body>\n");
        for (int i = 1; i <= SEGMENTS; i++) {
            xml.append("<trans-unit id=\"u").append(i).append("\"><source>La frase ").append(i)
                    .append(" dice que el gobierno aprobó ayer una nueva ley sobre el transporte.</source><target>")
                    .append("Sentence ").append(i).append(" says that the government passed a new law on transport ")
                    .append("yesterday.</target></trans-unit>\n");
        }
        return xml.append("</body></file></xliff>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reviewers spread over the documents and the instances; each gets its own share of a document's segments. */
    private static List<Reviewer> reviewers(List<ApiClient> apis, String auth, List<Long> documents, int count)
            throws Exception {
        int perDocument = (count + documents.size() - 1) / documents.size();
        List<Reviewer> reviewers = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            long doc = documents.get(r % documents.size());
            ApiClient api = apis.get(r % apis.size());
            int slot = r / documents.size();
            List<long[]> mine = new ArrayList<>();
            int i = 0;
            for (JsonNode s : JSON.readTree(api.get(auth, "/api/documents/" + doc + "/segments").body())) {
                if (i++ % perDocument == slot) {
                    mine.add(new long[] {s.get("id").asLong(), s.get("version").asInt()});
                }
            }
            reviewers.add(new Reviewer(r, api, doc, mine));
        }
        return reviewers;
    }

    private static void phase(String label, List<Reviewer> reviewers, String auth, Duration length, Duration pause,
                              List<Ack> acks) throws Exception {
        List<Long> saves = Collections.synchronizedList(new ArrayList<>());
        List<Long> updates = Collections.synchronizedList(new ArrayList<>());
        List<Long> opens = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        List<Future<?>> running = new ArrayList<>();
        for (Reviewer reviewer : reviewers) {
            running.add(pool.submit(() -> {
                String issuesPath = "/api/documents/" + reviewer.documentId() + "/issues";
                // reviewers do not act in step: each starts at its own moment and pauses for its own while
                Thread.sleep(think(pause));
                long t = System.nanoTime();
                reviewer.api().get(auth, "/api/documents/" + reviewer.documentId() + "/segments");
                reviewer.api().get(auth, issuesPath);
                opens.add(System.nanoTime() - t);
                int round = 0;
                while (System.nanoTime() < end) {
                    long[] segment = reviewer.segments().get(round++ % reviewer.segments().size());
                    String text = "Reviewer " + reviewer.number() + " says in round " + round + " that the "
                            + MISSPELT + " passed a new law on transport yesterday.";
                    long start = System.nanoTime();
                    HttpResponse<String> saved = reviewer.api().put(auth, "/api/documents/" + reviewer.documentId()
                            + "/segments/" + segment[0], JSON.writeValueAsString(Map.of("target", text,
                            "version", segment[1])));
                    long acknowledged = System.nanoTime();
                    outcomes.merge("HTTP " + saved.statusCode(), 1, Integer::sum);
                    if (saved.statusCode() != 200) {
                        continue;
                    }
                    saves.add(acknowledged - start);
                    segment[1] = JSON.readTree(saved.body()).get("version").asInt();
                    acks.add(new Ack(reviewer.documentId(), segment[0], (int) segment[1], text));
                    int at = text.indexOf(MISSPELT);
                    while (true) {
                        JsonNode issues = JSON.readTree(reviewer.api().get(auth, issuesPath).body());
                        boolean updated = false;
                        for (JsonNode issue : issues) {
                            if (issue.get("segmentId").asLong() == segment[0] && issue.get("start").asInt() == at
                                    && issue.get("end").asInt() == at + MISSPELT.length()) {
                                updated = true;
                            }
                        }
                        if (updated) {
                            updates.add(System.nanoTime() - acknowledged);
                            break;
                        }
                        if (System.nanoTime() - acknowledged > Duration.ofSeconds(30).toNanos()) {
                            outcomes.merge("issues not updated within 30 s", 1, Integer::sum);
                            break;
                        }
                        Thread.sleep(50);
                    }
                    Thread.sleep(think(pause));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> s = sorted(saves);
        List<Long> u = sorted(updates);
        List<Long> o = sorted(opens);
        System.out.printf(Locale.ROOT, "%-40s %5d saves %6.1f/s  save p50 %6.1f p95 %6.1f p99 %6.1f ms  issues "
                        + "updated p50 %6.1f p95 %6.1f p99 %6.1f ms  open p95 %6.1f ms  %s%n", label, s.size(),
                s.size() / (double) length.toSeconds(), pct(s, 50), pct(s, 95), pct(s, 99), pct(u, 50), pct(u, 95),
                pct(u, 99), pct(o, 95), new TreeMap<>(outcomes));
    }

    /** A pause around the given one (half to one and a half times it), none for none. */
    private static long think(Duration pause) {
        long millis = pause.toMillis();
        return millis == 0 ? 0 : java.util.concurrent.ThreadLocalRandom.current().nextLong(millis / 2, millis * 3 / 2);
    }

    /** Every acknowledged save is in its segment's history exactly once. */
    private static void verify(ApiClient api, String auth, List<Ack> acks) throws Exception {
        Map<Long, List<Ack>> bySegment = new TreeMap<>();
        acks.forEach(ack -> bySegment.computeIfAbsent(ack.segmentId(), k -> new ArrayList<>()).add(ack));
        int lost = 0;
        int duplicated = 0;
        for (Map.Entry<Long, List<Ack>> entry : bySegment.entrySet()) {
            long doc = entry.getValue().get(0).documentId();
            JsonNode history = JSON.readTree(api.get(auth, "/api/documents/" + doc + "/segments/" + entry.getKey()
                    + "/history").body());
            for (Ack ack : entry.getValue()) {
                int found = 0;
                for (JsonNode change : history) {
                    if (change.get("version").asInt() == ack.version() && change.get("after").asText()
                            .equals(ack.text())) {
                        found++;
                    }
                }
                lost += found == 0 ? 1 : 0;
                duplicated += found > 1 ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "history: %d acknowledged saves in %d segments; lost %d, duplicated %d%n",
                acks.size(), bySegment.size(), lost, duplicated);
    }

    private static List<Long> sorted(List<Long> figures) {
        List<Long> copy = new ArrayList<>(figures);
        Collections.sort(copy);
        return copy;
    }
}
