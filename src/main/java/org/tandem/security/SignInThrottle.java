package org.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per user name and per client address, on the login form and the API alike. After
 * {@code per-user} failures for one name (or {@code per-address} from one address, whatever the names) every
 * further failure locks that name (address) for a growing time: 1 s, 2 s, 4 s … up to {@code max-lock}. While locked,
 * a sign-in is refused before its password is even hashed, so that guessing costs the server nothing and cannot slow
 * real users down. A successful sign-in clears the name's count. Administrators see the locks on the Users page and
 * can lift them. Counts live in memory (a restart clears them) and are bounded in number.
 */
@Component
public class SignInThrottle {

    /** A name or an address that may not sign in until {@code until}. */
    public record Lock(String who, boolean address, int failures, Instant until) {
    }

    private static final class Failures {
        int count;
        Instant lockedUntil = Instant.MIN;
        Instant last = Instant.MIN;
    }

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int perUser;
    private final int perAddress;
    private final Duration maxLock;
    private final Clock clock;

    @Autowired
    SignInThrottle(@Value("${tandem.sign-in.free-failures-per-user:5}") int perUser,
                   @Value("${tandem.sign-in.free-failures-per-address:20}") int perAddress,
                   @Value("${tandem.sign-in.max-lock:15m}") Duration maxLock) {
        this(perUser, perAddress, maxLock, Clock.systemUTC());
    }

    SignInThrottle(int perUser, int perAddress, Duration maxLock, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.maxLock = maxLock;
        this.clock = clock;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    /** How long this name or address must still wait, if it is locked now. */
    public Optional<Duration> locked(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : List.of(userKey(username), addressKey(address))) {
            Failures f = failures.get(key);
            if (f != null) {
                synchronized (f) {
                    if (f.lockedUntil.isAfter(now)) {
                        Duration left = Duration.between(now, f.lockedUntil);
                        wait = left.compareTo(wait) > 0 ? left : wait;
                    }
                }
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        if (failures.size() >= MAX_TRACKED) {
            forgetOldest();
        }
        count(userKey(username), perUser);
        count(addressKey(address), perAddress);
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            if (f.last.plus(maxLock.multipliedBy(2)).isBefore(now)) {
                f.count = 0; // quiet long enough: start over
            }
            f.count++;
            f.last = now;
            int over = f.count - free;
            if (over > 0) {
                Duration lock = over > 30 ? maxLock : Duration.ofSeconds(1L << (over - 1));
                f.lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
        }
    }

    /** A successful sign-in: the name's failures are forgotten (the address's stay, other names may be guessed). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** Locks in force now, longest first: for administrators. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        List<Lock> locks = new ArrayList<>();
        failures.forEach((key, f) -> {
            synchronized (f) {
                if (f.lockedUntil.isAfter(now)) {
                    boolean address = key.startsWith("address:");
                    locks.add(new Lock(key.substring(key.indexOf(':') + 1), address, f.count, f.lockedUntil));
                }
            }
        });
        locks.sort(Comparator.comparing(Lock::until).reversed());
        return locks;
    }

    /** Lifts the lock of a user name (or of an address) and forgets its failures. */
    public void unlock(String who, boolean address) {
        failures.remove(address ? addressKey(who) : userKey(who));
    }

    private void forgetOldest() {
        failures.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last))
                .ifPresent(e -> failures.remove(e.getKey()));
    }
}
