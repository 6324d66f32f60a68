package org.tandem.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.Language;
import org.languagetool.rules.ITSIssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * LanguageTool's own HTTP servers ({@code tandem.languagetool.servers}) as the check tier: each text goes to one of
 * them ({@code /v2/check}), spread round-robin, with a timeout and a retry on the next server. A server that fails
 * {@code failures} times in a row is left out (its circuit opens) until a probe every {@code retry-after} finds it
 * answering again; when texts went unchecked meanwhile, the listeners hear that checking has resumed.
 * Without servers configured, nothing here runs and LanguageTool stays in-process.
 */
@Component
public class LanguageToolServers {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolServers.class);
    /** How long a probe may take: a server's first text in a language builds its checker (German: ~12 s). */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);

    /** One finding of a server, as LanguageTool's JSON gives it (offsets in UTF-16 units of the text sent). */
    public record Match(int offset, int length, String ruleId, ITSIssueType type, String message,
                        List<String> replacements) {
    }

    /** No server answered: the text is not checked (yet). */
    public static class UnavailableException extends RuntimeException {
        UnavailableException(String message) {
            super(message);
        }
    }

    /** One server and its circuit: closed while it answers, open after too many failures in a row. */
    static final class Server {
        final URI uri;
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean open;

        Server(URI uri) {
            this.uri = uri;
        }
    }

    private final List<Server> servers;
    private final Duration timeout;
    private final int failuresToOpen;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger next = new AtomicInteger();
    /** Whether a text went unchecked since the last time every listener was told that checking resumed. */
    private final AtomicBoolean missed = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService prober;
    /** The language and rules of the last text sent: what a probe checks, so that a server found back is ready. */
    private volatile String lastSettings;

    @org.springframework.beans.factory.annotation.Autowired
    LanguageToolServers(@Value("${tandem.languagetool.servers:}") String servers,
                        @Value("${tandem.languagetool.timeout:10s}") String timeout,
                        @Value("${tandem.languagetool.failures:2}") int failures,
                        @Value("${tandem.languagetool.retry-after:2s}") String retryAfter) {
        this(servers, DurationStyle.detectAndParse(timeout), failures, DurationStyle.detectAndParse(retryAfter));
    }

    /**
     * @param servers    comma-separated addresses ({@code http://lt1:8081}); none: LanguageTool stays in-process
     * @param timeout    how long to wait for one server's answer before trying the next
     * @param failures   failures in a row after which a server is left out
     * @param retryAfter how often a left-out server is probed
     */
    public LanguageToolServers(String servers, Duration timeout, int failures, Duration retryAfter) {
        this.servers = addresses(servers);
        this.timeout = timeout;
        this.failuresToOpen = Math.max(1, failures);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        if (this.servers.isEmpty()) {
            prober = null;
            return;
        }
        prober = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "languagetool-servers");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(50, retryAfter.toMillis());
        prober.scheduleWithFixedDelay(this::probe, every, every, TimeUnit.MILLISECONDS);
        LOG.info("LanguageTool checks go to {}", this.servers.stream().map(s -> s.uri.toString()).toList());
    }

    private static List<Server> addresses(String servers) {
        List<Server> parsed = new ArrayList<>();
        for (String part : servers == null ? new String[0] : servers.split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            URI uri = URI.create(address.endsWith("/") ? address : address + "/");
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("tandem.languagetool.servers: \"" + address
                        + "\" is not an http(s) address such as http://lt1:8081");
            }
            parsed.add(new Server(uri));
        }
        return List.copyOf(parsed);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (prober != null) {
            prober.shutdownNow();
        }
    }

    /** Whether LanguageTool's checks go to servers rather than run in-process. */
    public boolean configured() {
        return !servers.isEmpty();
    }

    /** The servers, as configured. */
    public List<URI> addresses() {
        return servers.stream().map(s -> s.uri).toList();
    }

    /** How many texts may be in flight at once: a few per server keep each server's threads busy. */
    public int parallelism() {
        return 4 * servers.size();
    }

    /**
     * Calls the listener whenever servers answer again after a text went unchecked (its check pending). Returns
     * what ends the subscription.
     */
    public Runnable onResumed(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * LanguageTool's findings in the text, with these rules off, from the first server (round-robin) that answers.
     *
     * @throws UnavailableException when no server answers (all down, timed out, or their circuits open)
     */
    public List<Match> check(Language language, String text, List<String> disabledRules) {
        String settings = form("language", language.getShortCodeWithCountryAndVariant())
                + (disabledRules.isEmpty() ? "" : "&" + form("disabledRules", String.join(",", disabledRules)));
        String body = settings + "&" + form("text", text);
        lastSettings = settings;
        int first = Math.floorMod(next.getAndIncrement(), servers.size());
        List<String> why = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            Server server = servers.get((first + i) % servers.size());
            if (server.open) {
                why.add(server.uri + " is left out after failing");
                continue;
            }
            try {
                List<Match> matches = matches(post(server.uri.resolve("v2/check"), body));
                server.failures.set(0);
                resumedIfMissed();
                return matches;
            } catch (IOException | RuntimeException e) {
                why.add(server.uri + ": " + describe(e));
                failed(server, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnavailableException("interrupted while waiting for LanguageTool");
            }
        }
        // Nothing answered: every server is left out until the probe finds it back, so that the texts now pending are
        // checked again as soon as one answers, and further texts do not wait for timeouts meanwhile.
        missed.set(true);
        servers.forEach(server -> open(server, "no server answered"));
        throw new UnavailableException(String.join("; ", why));
    }

    private String post(URI uri, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            String text = response.body() == null ? "" : response.body().strip();
            throw new IOException("HTTP " + response.statusCode()
                    + (text.isEmpty() ? "" : " " + text.substring(0, Math.min(200, text.length()))));
        }
        return response.body();
    }

    private List<Match> matches(String body) throws IOException {
        JsonNode root = json.readTree(body);
        JsonNode matches = root.path("matches");
        if (!matches.isArray()) {
            throw new IOException("the answer has no matches: " + body.substring(0, Math.min(200, body.length())));
        }
        List<Match> found = new ArrayList<>();
        for (JsonNode match : matches) {
            List<String> replacements = new ArrayList<>();
            match.path("replacements").forEach(r -> replacements.add(r.path("value").asText()));
            JsonNode rule = match.path("rule");
            found.add(new Match(match.path("offset").asInt(), match.path("length").asInt(), rule.path("id").asText(),
                    ITSIssueType.getIssueType(rule.path("issueType").asText("uncategorized")),
                    match.path("message").asText(), List.copyOf(replacements)));
        }
        return found;
    }

    private void failed(Server server, Exception e) {
        if (server.failures.incrementAndGet() >= failuresToOpen) {
            open(server, failuresToOpen + " failures in a row, the last: " + describe(e));
        }
    }

    private static void open(Server server, String why) {
        if (!server.open) {
            server.open = true;
            LOG.warn("LanguageTool server {} left out ({}) until it answers again", server.uri, why);
        }
    }

    /**
     * Has every server build its checker for the language with these rules off (seconds on a server's first text of
     * a language), so that reviewers' first texts do not wait or time out. A server that does not answer is left to
     * the usual failure handling.
     */
    public void warm(Language language, List<String> disabledRules) {
        String settings = form("language", language.getShortCodeWithCountryAndVariant())
                + (disabledRules.isEmpty() ? "" : "&" + form("disabledRules", String.join(",", disabledRules)));
        for (Server server : servers) {
            try {
                HttpResponse<Void> response = http.send(probe(server, settings), HttpResponse.BodyHandlers.discarding());
                LOG.debug("LanguageTool server {} warmed for {}: HTTP {}", server.uri,
                        language.getShortCodeWithCountryAndVariant(), response.statusCode());
            } catch (IOException | RuntimeException e) {
                LOG.info("LanguageTool server {} could not be warmed for {}: {}", server.uri,
                        language.getShortCodeWithCountryAndVariant(), describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A short text with the settings, given the time a server's first text of a language takes. */
    private HttpRequest probe(Server server, String settings) {
        return HttpRequest.newBuilder(server.uri.resolve("v2/check")).timeout(PROBE_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(settings + "&" + form("text", "Probe."),
                        StandardCharsets.UTF_8)).build();
    }

    /** Probes each left-out server; one that answers is taken back, and listeners hear of it. */
    void probe() {
        boolean back = false;
        for (Server server : servers) {
            if (!server.open) {
                continue;
            }
            try {
                // A server that was restarted builds its checker for a language on the first text (seconds): the
                // probe checks a short text with the last settings, given time, so that texts then answer at once.
                String settings = lastSettings;
                HttpRequest request = settings == null
                        ? HttpRequest.newBuilder(server.uri.resolve("v2/languages")).timeout(timeout).GET().build()
                        : probe(server, settings);
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    server.failures.set(0);
                    server.open = false;
                    back = true;
                    LOG.info("LanguageTool server {} answers again", server.uri);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("LanguageTool server {} still down: {}", server.uri, describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (back) {
            resumedIfMissed();
        }
    }

    /** Tells the listeners once that texts left unchecked can be checked now. */
    private void resumedIfMissed() {
        if (missed.compareAndSet(true, false)) {
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A listener for resumed LanguageTool checks failed", e);
                }
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (e instanceof java.net.ConnectException) {
            return "not reachable" + (message == null || message.isBlank() ? "" : " (" + message + ")");
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
