package io.arrowhead.scaleio.simulator.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per client address. The first {@value #FREE_FAILURES} failed logins in a row cost
 * nothing; after that the address must wait 1 second after its last failure, doubling with every further failure
 * up to a minute, and a login it tries within the wait is refused without checking the password. A success, or
 * {@link #QUIET_PERIOD} without failures, forgets the address. Nothing sleeps: callers answer a refused attempt at
 * once (the gateway with 429 and Retry-After), so other clients and threads are never held up. Thread-safe; at
 * most {@value #MAX_ADDRESSES} addresses are tracked one by one, any beyond share one record.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    public static final Duration MAX_WAIT = Duration.ofMinutes(1);
    public static final Duration QUIET_PERIOD = Duration.ofMinutes(15);
    static final int MAX_ADDRESSES = 10_000;
    private static final String OVERFLOW = "*";

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must still wait before its next login is checked; empty when it may try now. */
    public Optional<Duration> waitBefore(String address) {
        Failures record = failures.get(key(address));
        long now = clock.millis();
        if (record == null || record.count <= FREE_FAILURES || record.isQuiet(now)) {
            return Optional.empty();
        }
        long left = record.lastMillis + waitMillis(record.count) - now;
        return left > 0 ? Optional.of(Duration.ofMillis(left)) : Optional.empty();
    }

    public void failed(String address) {
        long now = clock.millis();
        failures.compute(key(address), (key, old) -> old == null || old.isQuiet(now)
                ? new Failures(1, now) : new Failures(old.count + 1, now));
    }

    public void succeeded(String address) {
        failures.remove(address);
    }

    private String key(String address) {
        if (failures.containsKey(address) || failures.size() < MAX_ADDRESSES) {
            return address;
        }
        long now = clock.millis();
        failures.values().removeIf(record -> record.isQuiet(now));
        return failures.size() < MAX_ADDRESSES ? address : OVERFLOW;
    }

    private static long waitMillis(int count) {
        int doublings = Math.min(count - FREE_FAILURES - 1, 30);
        return Math.min(MAX_WAIT.toMillis(), FIRST_WAIT.toMillis() << doublings);
    }

    private record Failures(int count, long lastMillis) {

        boolean isQuiet(long now) {
            return now - lastMillis >= QUIET_PERIOD.toMillis();
        }
    }
}
