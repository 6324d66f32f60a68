package org.tandem.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.ITSIssueType;

/**
 * The client side of LanguageTool servers against stand-in servers on loopback ports that answer as told: spread,
 * retry on the next, timeout, circuit breaker, resuming, and what is sent.
 */
class LanguageToolServersTest {

    private static final Language EN = Languages.getLanguageForShortCode("en-US");
    private static final String ONE_MATCH = """
            {"matches":[{"message":"Possible spelling mistake found.","offset":8,"length":4,
            "replacements":[{"value":"test"},{"value":"text"}],
            "rule":{"id":"MORFOLOGIK_RULE_EN_US","issueType":"misspelling"}}]}""";

    /** How a stand-in server answers. */
    private enum Behaviour { ANSWER, FAIL, HANG }

    /** A stand-in server: counts requests, keeps the last body, answers as its behaviour says. */
    private static final class StandIn {
        final HttpServer http;
        final AtomicInteger checks = new AtomicInteger();
        volatile Behaviour behaviour = Behaviour.ANSWER;
        volatile String lastBody;

        StandIn() {
            try {
                http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            http.createContext("/v2/check", exchange -> {
                checks.incrementAndGet();
                lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (behaviour == Behaviour.HANG) {
                    sleep(3000);
                }
                byte[] body = (behaviour == Behaviour.FAIL ? "overloaded" : ONE_MATCH).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(behaviour == Behaviour.FAIL ? 503 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            http.createContext("/v2/languages", exchange -> {
                int status = behaviour == Behaviour.ANSWER ? 200 : 503;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            http.start();
        }

        String address() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }
    }

    private final List<StandIn> standIns = new ArrayList<>();
    private final List<LanguageToolServers> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(LanguageToolServers::stop);
        standIns.forEach(s -> s.http.stop(0));
    }

    private StandIn standIn() {
        StandIn standIn = new StandIn();
        standIns.add(standIn);
        return standIn;
    }

    private LanguageToolServers client(String addresses, Duration timeout, Duration retryAfter) {
        LanguageToolServers client = new LanguageToolServers(addresses, timeout, 2, retryAfter);
        clients.add(client);
        return client;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void reads_each_match_as_languagetool_gives_it() {
        StandIn a = standIn();
        LanguageToolServers client = client(a.address(), Duration.ofSeconds(5), Duration.ofSeconds(1));

        List<LanguageToolServers.Match> matches = client.check(EN, "This is tset & more.", List.of("A_RULE", "B_RULE"));

        assertThat(matches).containsExactly(new LanguageToolServers.Match(8, 4, "MORFOLOGIK_RULE_EN_US",
                ITSIssueType.Misspelling, "Possible spelling mistake found.", List.of("test", "text")));
        assertThat(a.lastBody).isEqualTo("language=en-US&disabledRules=A_RULE%2CB_RULE&text=This+is+tset+%26+more.");
    }

    @Test
    void spreads_texts_over_the_servers() {
        StandIn a = standIn();
        StandIn b = standIn();
        LanguageToolServers client = client(a.address() + ", " + b.address(), Duration.ofSeconds(5),
                Duration.ofSeconds(1));

        for (int i = 0; i < 10; i++) {
            client.check(EN, "Text " + i, List.of());
        }

        assertThat(a.checks).hasValue(5);
        assertThat(b.checks).hasValue(5);
    }

    @Test
    void a_failing_server_is_retried_on_the_next_and_left_out_after_two_failures_in_a_row() {
        StandIn failing = standIn();
        failing.behaviour = Behaviour.FAIL;
        StandIn good = standIn();
        LanguageToolServers client = client(failing.address() + "," + good.address(), Duration.ofSeconds(5),
                Duration.ofMinutes(10));

        for (int i = 0; i < 10; i++) {
            assertThat(client.check(EN, "Text " + i, List.of())).hasSize(1);
        }

        assertThat(failing.checks).hasValue(2);
        assertThat(good.checks).hasValue(10);
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_given_up_for_the_next() {
        StandIn hanging = standIn();
        hanging.behaviour = Behaviour.HANG;
        StandIn good = standIn();
        LanguageToolServers client = client(hanging.address() + "," + good.address(), Duration.ofMillis(300),
                Duration.ofMinutes(10));

        assertThat(client.check(EN, "Text", List.of())).hasSize(1);

        assertThat(hanging.checks).hasValue(1);
        assertThat(good.checks).hasValue(1);
    }

    @Test
    void when_no_server_answers_the_text_is_unchecked_and_listeners_hear_when_one_answers_again() throws Exception {
        StandIn a = standIn();
        a.behaviour = Behaviour.FAIL;
        int closedPort = LocalLanguageToolServer.freePort();
        LanguageToolServers client = client(a.address() + ",http://127.0.0.1:" + closedPort, Duration.ofSeconds(2),
                Duration.ofMillis(100));
        CountDownLatch resumed = new CountDownLatch(1);
        client.onResumed(resumed::countDown);

        assertThatThrownBy(() -> client.check(EN, "Text", List.of()))
                .isInstanceOf(LanguageToolServers.UnavailableException.class)
                .hasMessageContaining(a.address()).hasMessageContaining("HTTP 503")
                .hasMessageContaining(String.valueOf(closedPort));
        // both are left out now: the next text does not wait for them
        int before = a.checks.get();
        assertThatThrownBy(() -> client.check(EN, "Text", List.of()))
                .isInstanceOf(LanguageToolServers.UnavailableException.class)
                .hasMessageContaining("left out");
        assertThat(a.checks).hasValue(before);
        assertThat(resumed.getCount()).isEqualTo(1);

        a.behaviour = Behaviour.ANSWER;

        assertThat(resumed.await(10, TimeUnit.SECONDS)).as("told that checking resumed").isTrue();
        assertThat(client.check(EN, "Text", List.of())).hasSize(1);
    }

    @Test
    void listeners_are_not_told_of_resuming_when_nothing_went_unchecked() {
        StandIn a = standIn();
        LanguageToolServers client = client(a.address(), Duration.ofSeconds(2), Duration.ofMillis(50));
        AtomicInteger told = new AtomicInteger();
        client.onResumed(told::incrementAndGet);

        client.check(EN, "Text", List.of());
        client.probe();

        assertThat(told).hasValue(0);
    }

    @Test
    void warming_has_every_server_build_the_language_with_the_rules_off() {
        StandIn a = standIn();
        StandIn b = standIn();
        b.behaviour = Behaviour.FAIL;
        LanguageToolServers client = client(a.address() + "," + b.address(), Duration.ofSeconds(2),
                Duration.ofMinutes(10));

        client.warm(EN, List.of("A_RULE"));

        assertThat(a.checks).hasValue(1);
        assertThat(b.checks).hasValue(1);
        assertThat(a.lastBody).isEqualTo("language=en-US&disabledRules=A_RULE&text=Probe.");
    }

    @Test
    void without_servers_nothing_is_configured() {
        LanguageToolServers client = client(" ", Duration.ofSeconds(2), Duration.ofSeconds(1));

        assertThat(client.configured()).isFalse();
    }

    @Test
    void an_address_that_is_not_http_is_refused_by_name() {
        assertThatThrownBy(() -> client("http://lt1:8081,lt2:8081", Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tandem.languagetool.servers").hasMessageContaining("lt2:8081");
    }
}
