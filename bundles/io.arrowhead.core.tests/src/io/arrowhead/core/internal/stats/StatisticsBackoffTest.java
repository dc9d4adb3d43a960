package io.arrowhead.core.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** After failures in a row a poller waits longer each time, up to a cap, and an answer ends the backing off. */
class StatisticsBackoffTest {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    @Test
    void eachFailureInARowDoublesTheWaitUpToTwoMinutes() {
        Backoff backoff = new Backoff();

        assertEquals(Duration.ofSeconds(10), backoff.next(FIVE_SECONDS, true));
        assertEquals(Duration.ofSeconds(20), backoff.next(FIVE_SECONDS, true));
        assertEquals(Duration.ofSeconds(40), backoff.next(FIVE_SECONDS, true));
        assertEquals(Duration.ofSeconds(80), backoff.next(FIVE_SECONDS, true));
        assertEquals(Backoff.CAP, backoff.next(FIVE_SECONDS, true));
        for (int failure = 0; failure < 100; failure++) {
            assertEquals(Backoff.CAP, backoff.next(FIVE_SECONDS, true), "no overflow after many failures");
        }
        assertTrue(backoff.backingOff());
    }

    @Test
    void anAnswerEndsTheBackingOffAndTheNextTickIsAnIntervalAfterTheLastStarted() {
        Backoff backoff = new Backoff();
        backoff.next(FIVE_SECONDS, true);
        backoff.tickStarted();

        Duration wait = backoff.next(FIVE_SECONDS, false);

        assertFalse(backoff.backingOff());
        assertTrue(wait.compareTo(FIVE_SECONDS) <= 0 && !wait.isNegative(), "what is left of the interval: " + wait);
        assertEquals(Duration.ofSeconds(10), backoff.next(FIVE_SECONDS, true), "the count starts again");
    }

    @Test
    void atTheLongestIntervalTheFirstFailureWaitsTheCapAndALongerIntervalIsTheCap() {
        assertEquals(Duration.ofMinutes(2), Backoff.delay(Duration.ofSeconds(60), 1));
        assertEquals(Duration.ofMinutes(5), Backoff.delay(Duration.ofMinutes(5), 3));
    }
}
