package io.arrowhead.scaleio.simulator.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToAMinute() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.1"));
        for (long seconds : new long[] { 1, 2, 4, 8, 16, 32, 60, 60 }) {
            fail("10.0.0.1", 1);
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.waitBefore("10.0.0.1"));
            clock.advance(Duration.ofSeconds(seconds));
            assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.1"));
        }
    }

    @Test
    void onlyTheGuessingAddressWaits() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES + 1);
        assertTrue(throttle.waitBefore("10.0.0.1").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.2"));
    }

    @Test
    void aSuccessOrAQuietPeriodForgetsTheFailures() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES + 1);
        throttle.succeeded("10.0.0.1");
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.1"));
        fail("10.0.0.1", 1);
        clock.advance(LoginThrottle.QUIET_PERIOD);
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.1"));
    }

    @Test
    void addressesBeyondTheTrackedOnesShareOneRecord() {
        for (int i = 0; i < LoginThrottle.MAX_ADDRESSES; i++) {
            throttle.failed("fd00::" + Integer.toHexString(i));
        }
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);
        fail("10.0.0.2", 1);
        assertTrue(throttle.waitBefore("10.0.0.3").isPresent(), "the shared record is throttled as a whole");
        clock.advance(LoginThrottle.QUIET_PERIOD);
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.3"));
    }
}
