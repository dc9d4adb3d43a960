package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.StatisticsFixture.Recorder;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.scaleio.client.StatisticsSelection;

/**
 * The statistics interval preference: 1 to 60 s, 5 s by default, other values refused with the bounds named; a change
 * applies to the tick that waits.
 */
class StatisticsIntervalTest {

    @BeforeEach
    @AfterEach
    void restoreDefault() {
        ConsolePreferences.node().remove(ConsolePreferences.STATISTICS_INTERVAL_SECONDS);
    }

    @Test
    void theIntervalIsOneToSixtySecondsDefaultsToFiveAndRefusesOtherValuesSayingWhy() {
        assertEquals(Duration.ofSeconds(5), ConsolePreferences.statisticsInterval());

        for (int refused : new int[] {0, -1, 61, 3600}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConsolePreferences.setStatisticsInterval(refused));
            assertEquals("The statistics interval must be from 1 to 60 seconds; " + refused
                + " seconds is not allowed.", e.getMessage());
        }
        assertEquals(Duration.ofSeconds(5), ConsolePreferences.statisticsInterval(), "nothing stored");

        ConsolePreferences.setStatisticsInterval(60);
        assertEquals(Duration.ofSeconds(60), ConsolePreferences.statisticsInterval());
        ConsolePreferences.setStatisticsInterval(1);
        assertEquals(Duration.ofSeconds(1), ConsolePreferences.statisticsInterval());
    }

    @Test
    void aValueStoredOutOfBoundsByOtherMeansCountsAsTheDefault() {
        ConsolePreferences.node().putInt(ConsolePreferences.STATISTICS_INTERVAL_SECONDS, 0);

        assertEquals(Duration.ofSeconds(5), ConsolePreferences.statisticsInterval());
        assertEquals(null, ConsolePreferences.statisticsIntervalProblem(30));
    }

    @Test
    void aShorterIntervalAppliesToTheTickWaitingOutTheLongerOne() throws Exception {
        try (StatisticsFixture fixture = new StatisticsFixture()) {
            ConsolePreferences.setStatisticsInterval(60);
            Recorder recorder = new Recorder();
            try (StatisticsSubscription subscription = fixture.statistics.subscribe(fixture.gateway,
                List.of(StatisticsSelection.system(Metric.READ_BWC)), recorder)) {
                recorder.next(); // the first tick comes at once, the next a minute after it
                long changed = System.nanoTime();

                ConsolePreferences.setStatisticsInterval(1);
                recorder.next();
                recorder.next();

                // Not a speed test: at the old interval these two ticks take at least 60 s, at the new about 2 s.
                Duration took = Duration.ofNanos(System.nanoTime() - changed);
                assertTrue(took.compareTo(Duration.ofSeconds(45)) < 0, "two ticks took " + took);
            }
        }
    }
}
