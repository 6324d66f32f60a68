package org.tandem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Tandem started as a child JVM on the test classpath, on its own H2 file database, spoken to over HTTP as a client
 * would: for what only a real process can show (a SIGKILL, the first moments after start-up).
 */
public final class TandemProcess implements AutoCloseable {

    public static final String USER = "editor";
    public static final String PASSWORD = "child-process-editor-pw";

    private final Path database;
    private final Path log;
    private final List<String> extraArgs;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    /** Statuses that answered before the first 200 on the last start (a 401 there means users came too late). */
    private final List<Integer> answersBeforeReady = new ArrayList<>();

    public TandemProcess(Path directory, String... extraArgs) throws IOException {
        Files.createDirectories(directory);
        this.database = directory.toAbsolutePath().resolve("tandem");
        this.log = directory.toAbsolutePath().resolve("tandem.log");
        this.extraArgs = List.of(extraArgs);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** Starts the process and waits until the API answers the editor's credentials with 200. */
    public TandemProcess start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TandemApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--tandem.demo.enabled=false",
                "--tandem.languagetool.warm="));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TANDEM_EDITOR_PASSWORD", PASSWORD);
        process = builder.start();
        answersBeforeReady.clear();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tandem exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = get("/api/documents");
                if (response.statusCode() == 200) {
                    return this;
                }
                answersBeforeReady.add(response.statusCode());
            } catch (ConnectException notYet) {
                // the port is not open yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("Tandem did not answer within 180 s; see " + log);
    }

    /** What the API answered, with valid credentials, before its first 200 on the last start. */
    public List<Integer> answersBeforeReady() {
        return List.copyOf(answersBeforeReady);
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut of the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + auth);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one file as the part {@code file}. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "tandem-" + UUID.randomUUID();
        return client.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(TestFiles.multipart(boundary, fileName, content))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
