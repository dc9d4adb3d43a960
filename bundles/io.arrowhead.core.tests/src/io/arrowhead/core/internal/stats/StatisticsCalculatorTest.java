package io.arrowhead.core.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.core.stats.PerformanceCalculator;
import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;

/** The formulas of GATEWAY-API.md §4.4 and their guards against idle windows, empty windows and broken counters. */
class StatisticsCalculatorTest {

    @Test
    void derivesRatesSizesAndLatencyFromOneWindow() {
        Bwc window = new Bwc(2326, 5, 825240); // the netdata sample's total write, over 5 s

        assertEquals(465.2, PerformanceCalculator.iops(window), 1e-9);
        assertEquals(165048.0, PerformanceCalculator.kibPerSecond(window), 1e-9);
        assertEquals(825240.0 / 2326, PerformanceCalculator.averageIoSizeKib(window), 1e-9);
        // the reference's K/N/1024: 40 I/Os of 10,240 units in all are 0.25 ms each
        assertEquals(0.25, PerformanceCalculator.latencyMillis(new Bwc(40, 1, 10_240)), 1e-12);
    }

    @Test
    void anIdleWindowOfZeroSecondsHasZeroRatesAndNoAverages() {
        Bwc idle = new Bwc(0, 0, 0);

        assertEquals(0.0, PerformanceCalculator.iops(idle));
        assertEquals(0.0, PerformanceCalculator.kibPerSecond(idle));
        assertTrue(Double.isNaN(PerformanceCalculator.averageIoSizeKib(idle)), "nothing to average");
        assertTrue(Double.isNaN(PerformanceCalculator.latencyMillis(idle)));
    }

    @Test
    void aWindowOfZeroSecondsWithIoIsNoValueRatherThanInfinite() {
        Bwc contradictory = new Bwc(10, 0, 80);

        assertTrue(Double.isNaN(PerformanceCalculator.iops(contradictory)));
        assertTrue(Double.isNaN(PerformanceCalculator.kibPerSecond(contradictory)));
        assertEquals(8.0, PerformanceCalculator.averageIoSizeKib(contradictory), "K/N needs no seconds");
    }

    @Test
    void aSecondWithoutIoHasZeroRatesAndNoAverages() {
        Bwc quiet = new Bwc(0, 1, 0);

        assertEquals(0.0, PerformanceCalculator.iops(quiet));
        assertEquals(0.0, PerformanceCalculator.kibPerSecond(quiet));
        assertTrue(Double.isNaN(PerformanceCalculator.averageIoSizeKib(quiet)));
        assertTrue(Double.isNaN(PerformanceCalculator.latencyMillis(quiet)));
    }

    @Test
    void countersThatGoBackwardsOrWrapNeverGiveNegativeRates() {
        // a busy window, then one after the counters reset: each window stands on its own
        Bwc beforeReset = new Bwc(1_000_000, 1, 8_000_000);
        Bwc afterReset = new Bwc(3, 1, 24);
        assertEquals(1_000_000.0, PerformanceCalculator.iops(beforeReset));
        assertEquals(3.0, PerformanceCalculator.iops(afterReset), "no difference of two answers is taken");
        // a counter that wrapped past Long.MAX_VALUE reads negative
        Bwc wrapped = new Bwc(Long.MIN_VALUE + 5, 1, -40);
        for (Metric metric : Metric.values()) {
            assertTrue(Double.isNaN(metric.of(wrapped)), metric + " of a wrapped counter");
        }
        assertTrue(Double.isNaN(PerformanceCalculator.iops(new Bwc(5, -1, 40))), "negative seconds");
    }

    @Test
    void performanceHasTheMetricsOfTheStatisticsPresentOnly() {
        Statistics statistics = Statistics.of(Map.of(
            Metric.READ_BWC, Map.of("numOccured", 100, "numSeconds", 1, "totalWeightInKb", 800),
            Metric.READ_LATENCY_BWC, Map.of("numOccured", 100, "numSeconds", 1, "totalWeightInKb", 51_200)));

        Performance performance = Performance.of(statistics);

        assertEquals(100.0, performance.value(Metric.READ_IOPS));
        assertEquals(800.0, performance.value(Metric.READ_BANDWIDTH));
        assertEquals(8.0, performance.value(Metric.READ_IO_SIZE));
        assertEquals(0.5, performance.value(Metric.READ_LATENCY));
        assertFalse(performance.has(Metric.WRITE_IOPS), "not asked for");
        assertFalse(performance.has(Metric.WRITE_LATENCY));
        assertFalse(performance.has(Metric.REBUILD_BANDWIDTH));
    }

    @Test
    void rebuildAndRebalanceBandwidthsSumTheRatesOfTheirFamilysReadAndWriteWindows() {
        Statistics statistics = Statistics.of(Map.of(
            "fwdRebuildReadBwc", window(10, 5, 500), "fwdRebuildWriteBwc", window(10, 5, 1000),
            "bckRebuildReadBwc", window(4, 1, 40), "bckRebuildWriteBwc", window(0, 0, 0),
            "normRebuildReadBwc", window(2, 2, 64), "normRebuildWriteBwc", window(1, 1, 8),
            "rebalanceReadBwc", window(8, 1, 256), "rebalanceWriteBwc", window(8, 4, 1024),
            Metric.READ_BWC, window(1, 1, 999_999)));

        Performance performance = Performance.of(statistics);

        // 500/5 + 1000/5 + 40/1 + 0 (idle) + 64/2 + 8/1; the front-end read is no part of it
        assertEquals(100 + 200 + 40 + 0 + 32 + 8, performance.value(Metric.REBUILD_BANDWIDTH), 1e-9);
        assertEquals(256 + 256, performance.value(Metric.REBALANCE_BANDWIDTH), 1e-9);
        assertEquals(List.of("rebalanceReadBwc", "rebalanceWriteBwc"), Metric.REBALANCE_BANDWIDTH.properties());
    }

    @Test
    void aSumWithAWindowOfNoValueHasNoValueAndOneWithSomeWindowsAbsentSumsThePresentOnes() {
        Statistics broken = Statistics.of(Map.of("rebalanceReadBwc", window(8, 1, 256),
            "rebalanceWriteBwc", window(3, 0, 24)));
        Statistics halfAsked = Statistics.of(Map.of("rebalanceWriteBwc", window(8, 2, 256)));

        assertTrue(Double.isNaN(Performance.of(broken).value(Metric.REBALANCE_BANDWIDTH)), "not half a figure");
        assertEquals(128.0, Performance.of(halfAsked).value(Metric.REBALANCE_BANDWIDTH));
    }

    @Test
    void eachTypeIsAskedOnlyForTheStatisticsItHas() {
        assertFalse(Metric.allProperties(ObjectType.VOLUME).contains("rebalanceReadBwc"), "volumes have none");
        assertTrue(Metric.allProperties(ObjectType.VOLUME).contains(Metric.READ_LATENCY_BWC));
        assertEquals(List.of(Metric.values()), Metric.of(ObjectType.STORAGE_POOL));
        assertTrue(Metric.allProperties(ObjectType.SYSTEM).containsAll(List.of("fwdRebuildReadBwc",
            "fwdRebuildWriteBwc", "bckRebuildReadBwc", "bckRebuildWriteBwc", "normRebuildReadBwc",
            "normRebuildWriteBwc", "rebalanceReadBwc", "rebalanceWriteBwc")));
        assertEquals(List.of(), Metric.of(ObjectType.DEVICE));
    }

    private static Map<String, Object> window(long n, long s, long k) {
        return Map.of("numOccured", n, "numSeconds", s, "totalWeightInKb", k);
    }
}
