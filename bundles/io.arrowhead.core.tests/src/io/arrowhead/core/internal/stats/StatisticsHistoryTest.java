package io.arrowhead.core.internal.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.arrowhead.core.stats.HistoryPoints;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.ObjectPerformance;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;

/** A series keeps a bounded number of ticks, then one-minute means, and is forgotten an hour after its last tick. */
class StatisticsHistoryTest {

    private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    @Test
    void keepsAnHourOfOneSecondTicksAndNoMore() {
        SeriesHistory history = new SeriesHistory();
        for (int second = 0; second < 2 * 3600; second++) {
            history.add(START + second * 1000L, second);
        }

        HistoryPoints points = history.points();

        assertEquals(SeriesHistory.FINE_CAPACITY, history.fineSize());
        assertEquals(2 * 3600 - 1.0, points.values()[points.size() - 1], "the newest tick");
        assertEquals(3600.0, points.values()[points.coarseCount()], "the oldest tick kept is an hour old");
        assertEquals(60, points.coarseCount(), "the hour before as one-minute means");
        assertEquals(29.5, points.values()[0], "mean of seconds 0..59");
    }

    @Test
    void downSamplesIntoABoundedRingOfMinuteMeansThatSkipGaps() {
        SeriesHistory history = new SeriesHistory(10, 5);
        for (int second = 0; second < 30 * 60; second++) {
            int minute = second / 60;
            double value = second % 60 == 0 ? Double.NaN : minute; // one gap a minute, left out of the mean
            history.add(START + second * 1000L, value);
        }

        HistoryPoints points = history.points();

        assertEquals(10, history.fineSize());
        assertEquals(5, history.coarseSize(), "a day's ring, here of 5 minutes");
        assertEquals(5, points.coarseCount());
        assertArrayEquals(new double[] {24, 25, 26, 27, 28}, java.util.Arrays.copyOf(points.values(), 5));
        assertEquals(START + 24 * 60_000L, points.epochMillis()[0], "a minute's mean is dated at its start");
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.epochMillis()[i - 1] < points.epochMillis()[i], "oldest first, no overlap");
        }
    }

    @Test
    void aSeriesOutlivesItsSubscriptionForTheRetentionThenGoes() {
        HistoryStore store = new HistoryStore();
        Statistics statistics = Statistics.of(
            Map.of(Metric.READ_BWC, Map.of("numOccured", 10, "numSeconds", 1, "totalWeightInKb", 80)));
        ObjectPerformance volume = new ObjectPerformance(ObjectType.VOLUME, "0123456789abcdef",
            Performance.of(statistics));
        Instant sampled = Instant.ofEpochMilli(START);
        store.record("gw", volume, statistics, sampled, key -> true);
        SeriesKey iops = new SeriesKey("gw", ObjectType.VOLUME, "0123456789abcdef", Metric.READ_IOPS);

        assertEquals(3, store.size(), "IOPS, bandwidth and I/O size of the one statistic present");
        store.evict(sampled.plus(HistoryStore.RETENTION), key -> false);
        assertEquals(10.0, store.points(iops).values()[0], "kept for the retention");
        store.evict(sampled.plus(HistoryStore.RETENTION).plus(Duration.ofSeconds(1)), key -> true);
        assertEquals(3, store.size(), "kept while subscribed");
        store.evict(sampled.plus(HistoryStore.RETENTION).plus(Duration.ofSeconds(1)), key -> false);
        assertEquals(0, store.size());
        assertEquals(0, store.points(iops).size());
    }

    @Test
    void aSeriesNobodyNamesStartsNoHistoryButOneAlreadyKeptGoesOn() {
        HistoryStore store = new HistoryStore();
        Statistics statistics = Statistics.of(
            Map.of(Metric.READ_BWC, Map.of("numOccured", 10, "numSeconds", 1, "totalWeightInKb", 80)));
        ObjectPerformance volume = new ObjectPerformance(ObjectType.VOLUME, "0123456789abcdef",
            Performance.of(statistics));
        SeriesKey iops = new SeriesKey("gw", ObjectType.VOLUME, "0123456789abcdef", Metric.READ_IOPS);

        store.record("gw", volume, statistics, Instant.ofEpochMilli(START), key -> false);
        assertEquals(0, store.size(), "a scan of every volume keeps no history of each");

        store.record("gw", volume, statistics, Instant.ofEpochMilli(START + 1000), iops::equals);
        store.record("gw", volume, statistics, Instant.ofEpochMilli(START + 2000), key -> false);
        assertEquals(1, store.size());
        assertEquals(2, store.points(iops).size(), "a named series goes on with answers of a scan");
    }
}
