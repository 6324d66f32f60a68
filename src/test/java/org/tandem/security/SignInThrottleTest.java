package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The growing pause after repeated wrong passwords, per user name and per client address. */
class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), clock);

    @ParameterizedTest(name = "{0} failures for one name: paused {1} s")
    @CsvSource({"1, 0", "5, 0", "6, 1", "7, 2", "8, 4", "10, 16", "15, 512", "16, 900", "50, 900"})
    void each_failure_past_the_free_ones_doubles_the_pause_up_to_the_maximum(int failures, long seconds) {
        for (int i = 0; i < failures; i++) {
            throttle.failed("editor", "10.0.0." + i); // from many addresses: the name is what counts here
        }
        assertThat(throttle.locked("editor", "10.0.0.99").map(Duration::toSeconds).orElse(0L)).isEqualTo(seconds);
        assertThat(throttle.locked("Editor ", "10.0.0.99")).as("the same name, as typed").isEqualTo(
                throttle.locked("editor", "10.0.0.99"));
        assertThat(throttle.locked("translator", "10.0.0.99")).as("another name from another address").isEmpty();
    }

    @Test
    void one_address_guessing_many_names_is_paused_after_its_own_allowance() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "203.0.113.7");
        }
        assertThat(throttle.locked("editor", "203.0.113.7")).isEmpty();
        throttle.failed("guess20", "203.0.113.7");
        assertThat(throttle.locked("editor", "203.0.113.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.locked("editor", "198.51.100.1")).as("the user from elsewhere").isEmpty();
    }

    @Test
    void the_pause_ends_a_success_clears_the_count_and_an_administrator_lifts_a_lock() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        assertThat(throttle.locks()).singleElement().satisfies(lock -> {
            assertThat(lock.who()).isEqualTo("editor");
            assertThat(lock.failures()).isEqualTo(8);
        });
        clock.now = clock.now.plusSeconds(5);
        assertThat(throttle.locked("editor", "10.0.0.1")).as("4 s pause over").isEmpty();
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.locked("editor", "10.0.0.1")).contains(Duration.ofSeconds(8));

        throttle.unlock("editor", false);
        assertThat(throttle.locked("editor", "10.0.0.1")).isEmpty();
        assertThat(throttle.locks()).isEmpty();

        for (int i = 0; i < 6; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        clock.now = clock.now.plusSeconds(2);
        throttle.succeeded("editor");
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.locked("editor", "10.0.0.1")).as("counting starts over after a success").isEmpty();
    }

    @Test
    void a_long_quiet_time_starts_the_count_over() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofHours(1));
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.locked("editor", "10.0.0.1")).isEmpty();
    }
}
