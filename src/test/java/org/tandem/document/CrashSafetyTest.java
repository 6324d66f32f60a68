package org.tandem.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.TandemProcess;
import org.tandem.TestFiles;

/**
 * What Tandem acknowledged survives a SIGKILL of the server: Tandem runs as a child process on its own H2 file
 * database, clients save over REST, the process is killed right after the acknowledgements, and a restart on the
 * same database must show every acknowledged save and import, and no half-imported document.
 */
class CrashSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void every_acknowledged_save_and_import_survives_a_sigkill(@TempDir Path dir) throws Exception {
        try (TandemProcess tandem = new TandemProcess(dir.resolve("crash")).start()) {
            assertThat(tandem.answersBeforeReady())
                    .as("valid credentials must work as soon as the port answers (users exist before it opens)")
                    .doesNotContain(401);

            HttpResponse<String> created = tandem.upload("/api/documents", "saves.xlf", TestFiles.xliff(40, "saves"));
            assertThat(created.statusCode()).isEqualTo(201);
            long doc = json(created).get("id").asLong();
            List<long[]> segments = new ArrayList<>();
            for (JsonNode s : json(tandem.get("/api/documents/" + doc + "/segments"))) {
                segments.add(new long[] {s.get("id").asLong(), s.get("version").asInt()});
            }

            // Four clients, each saving its own ten segments over and over; the last acknowledged text per segment.
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            // The save last sent per segment: one the kill cut off before its answer may or may not be committed.
            Map<Long, String> sent = new ConcurrentHashMap<>();
            AtomicInteger acks = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                List<long[]> mine = segments.subList(c * 10, c * 10 + 10);
                running.add(clients.submit(() -> {
                    int round = 0;
                    while (!stop.get()) {
                        round++;
                        for (long[] segment : mine) {
                            String text = "Gespeichert " + segment[0] + " Runde " + round;
                            sent.put(segment[0], text);
                            try {
                                HttpResponse<String> saved = tandem.putJson(
                                        "/api/documents/" + doc + "/segments/" + segment[0],
                                        "{\"target\":\"" + text + "\",\"version\":" + segment[1] + "}");
                                if (saved.statusCode() == 200) {
                                    segment[1] = json(saved).get("version").asInt();
                                    acknowledged.put(segment[0], text);
                                    acks.incrementAndGet();
                                }
                            } catch (Exception killed) {
                                return null;
                            }
                            if (stop.get()) {
                                return null;
                            }
                        }
                    }
                    return null;
                }));
            }
            while (acks.get() < 200) {
                Thread.sleep(5);
            }
            // An import acknowledged a moment before the kill, while the saves go on.
            HttpResponse<String> imported = tandem.upload("/api/documents", "import.xlf", TestFiles.xliff(2_000, "import"));
            assertThat(imported.statusCode()).isEqualTo(201);
            long importedId = json(imported).get("id").asLong();
            tandem.kill();
            stop.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            clients.shutdownNow();
            Map<Long, String> ackedAtAll = Map.copyOf(acknowledged);
            assertThat(ackedAtAll).hasSize(40);

            tandem.start();
            Map<Long, String> stored = new java.util.HashMap<>();
            for (JsonNode s : json(tandem.get("/api/documents/" + doc + "/segments"))) {
                stored.put(s.get("id").asLong(), s.get("target").asText());
            }
            List<String> lost = new ArrayList<>();
            ackedAtAll.forEach((id, text) -> {
                if (!text.equals(stored.get(id)) && !sent.get(id).equals(stored.get(id))) {
                    lost.add(id + ": acknowledged \"" + text + "\", stored \"" + stored.get(id) + "\"");
                }
            });
            assertThat(lost).as("acknowledged saves lost in the crash (of %d acknowledged)", acks.get()).isEmpty();
            HttpResponse<String> importedAfter = tandem.get("/api/documents/" + importedId);
            assertThat(importedAfter.statusCode()).as("the import acknowledged before the kill").isEqualTo(200);
            assertThat(json(tandem.get("/api/documents/" + importedId + "/segments"))).hasSize(2_000);
        }
    }

    @Test
    void an_import_killed_halfway_leaves_no_half_document(@TempDir Path dir) throws Exception {
        try (TandemProcess tandem = new TandemProcess(dir.resolve("half")).start()) {
            byte[] big = TestFiles.xliff(10_000, "big");
            ExecutorService client = Executors.newSingleThreadExecutor();
            Future<HttpResponse<String>> upload = client.submit(() -> tandem.upload("/api/documents", "big.xlf", big));
            // Kill while the import is being parsed or written: a few instants, whatever the machine's speed.
            Thread.sleep(1_500);
            tandem.kill();
            try {
                upload.get(60, TimeUnit.SECONDS);
            } catch (Exception expected) {
                // the connection died with the server
            }
            client.shutdownNow();

            tandem.start();
            for (JsonNode d : json(tandem.get("/api/documents"))) {
                long id = d.get("id").asLong();
                int count = json(tandem.get("/api/documents/" + id + "/segments")).size();
                assertThat(count).as("document %s is whole", d.get("name").asText())
                        .isEqualTo(d.get("segmentCount").asInt()).isEqualTo(10_000);
            }
        }
    }
}
