package org.tandem.language;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tandem.TandemApplication;

/**
 * LanguageTool's own HTTP server as operators start it, {@code tandem languagetool-server --port N} (Tandem's main
 * class on the test class path, in a separate JVM), on a loopback port; stopped (killed) on close.
 */
public final class LocalLanguageToolServer implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(90);
    private final Process process;
    private final int port;

    private LocalLanguageToolServer(int port) {
        this.port = port;
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            File log = File.createTempFile("languagetool-server-" + port, ".log");
            log.deleteOnExit();
            process = new ProcessBuilder(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                    TandemApplication.class.getName(), LanguageToolServerCommand.NAME, "--port", String.valueOf(port)))
                    .redirectErrorStream(true).redirectOutput(log).start();
            awaitAnswer(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server on the port (a free one: see {@link #freePort()}) and returns once it answers. */
    public static LocalLanguageToolServer start(int port) {
        return new LocalLanguageToolServer(port);
    }

    /** A loopback port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String address() {
        return "http://localhost:" + port;
    }

    private void awaitAnswer(File log) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < until && process.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(address() + "/v2/languages"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("LanguageTool's server did not answer on port " + port + " within "
                + START_WITHIN.toSeconds() + " s; its output:\n" + java.nio.file.Files.readString(log.toPath()));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
