package io.arrowhead.core.internal.stats;

import java.time.Duration;

/**
 * When a poller's next tick is due: an interval after the last tick started, or, after failures in a row, twice the
 * interval, doubling with each failure up to a cap. Not thread-safe; the poller holds its lock.
 */
final class Backoff {

    /** The longest wait between attempts, unless the interval itself is longer. */
    static final Duration CAP = Duration.ofMinutes(2);

    private long lastTickMillis;
    private int failures;

    /** A tick starts now; the interval counts from here, so that a slow answer does not stretch it. */
    void tickStarted() {
        lastTickMillis = System.currentTimeMillis();
    }

    /** Polling starts afresh, as on subscribing or reconnecting. */
    void reset() {
        failures = 0;
    }

    boolean backingOff() {
        return failures > 0;
    }

    /** Counts the tick's outcome and says how long to wait for the next one. */
    Duration next(Duration interval, boolean failed) {
        failures = failed ? failures + 1 : 0;
        return failed ? delay(interval, failures) : untilDue(interval);
    }

    /** What is left of the interval since the last tick started; zero if it is over. */
    Duration untilDue(Duration interval) {
        return Duration.ofMillis(Math.max(0, lastTickMillis + interval.toMillis() - System.currentTimeMillis()));
    }

    /** @param failures failed ticks in a row, at least 1 */
    static Duration delay(Duration interval, int failures) {
        Duration cap = interval.compareTo(CAP) > 0 ? interval : CAP;
        Duration delay = interval.multipliedBy(1L << Math.clamp(failures, 1, 20));
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
