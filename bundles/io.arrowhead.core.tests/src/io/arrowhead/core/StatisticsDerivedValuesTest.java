package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.StatisticsFixture.Recorder;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.ObjectPerformance;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.Volume;

/** The metrics each subscriber gets equal the formulas of GATEWAY-API.md §4.4 on the raw windows of the same answer. */
class StatisticsDerivedValuesTest {

    private StatisticsFixture fixture;
    private StatisticsSubscription subscription;

    @BeforeEach
    void start() throws Exception {
        fixture = new StatisticsFixture();
    }

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        fixture.close();
    }

    @Test
    void volumeMetricsFollowTheFormulasOnTheRawWindows() throws Exception {
        List<String> ids = fixture.gateway.model().allVolumes().stream()
            .filter(volume -> !volume.mappedSdcInfo().isEmpty()).map(Volume::id).toList();
        assertTrue(ids.size() >= 2, "the demo cluster maps volumes");
        Recorder recorder = subscribe(new StatisticsSelection(ObjectType.VOLUME, ids,
            Metric.allProperties(ObjectType.VOLUME)));

        int busy = 0;
        for (int tick = 0; tick < 10 && busy < 2; tick++) {
            StatisticsUpdate update = recorder.next();
            assertEquals(ids.size(), update.performance().size());
            for (ObjectPerformance object : update.performance()) {
                Statistics raw = update.statistics().of(ObjectType.VOLUME, object.id());
                assertFormulas(object, raw);
                busy += raw.bwc(Metric.READ_BWC).numOccured() > 0 ? 1 : 0;
            }
        }
        assertTrue(busy >= 2, "the simulator's mapped volumes had reads to derive from");
    }

    @Test
    void systemAndPoolMetricsIncludingRebuildAndRebalanceFollowTheFormulas() throws Exception {
        Recorder recorder = subscribe(StatisticsSelection.system(Metric.allProperties(ObjectType.SYSTEM)
                .toArray(String[]::new)),
            StatisticsSelection.all(ObjectType.STORAGE_POOL, Metric.allProperties(ObjectType.STORAGE_POOL)
                .toArray(String[]::new)));

        StatisticsUpdate update = recorder.next();

        ClusterModel model = fixture.gateway.model();
        long pools = model.protectionDomains().stream().mapToLong(pd -> model.pools(pd.id()).size()).sum();
        assertEquals(1 + pools, update.performance().size(), "the system and every pool");
        for (ObjectPerformance object : update.performance()) {
            Statistics raw = object.type() == ObjectType.SYSTEM ? update.statistics().system()
                : update.statistics().of(ObjectType.STORAGE_POOL, object.id());
            assertFormulas(object, raw);
            assertTrue(object.performance().has(Metric.REBUILD_BANDWIDTH), object + " has a rebuild figure");
            assertTrue(object.performance().has(Metric.REBALANCE_BANDWIDTH), object + " has a rebalance figure");
        }
    }

    private Recorder subscribe(StatisticsSelection... selections) {
        Recorder recorder = new Recorder();
        subscription = fixture.statistics.subscribe(fixture.gateway, List.of(selections), recorder);
        return recorder;
    }

    private static void assertFormulas(ObjectPerformance object, Statistics raw) {
        assertNotNull(raw, object.id());
        for (Metric metric : Metric.values()) {
            boolean any = false;
            double sum = 0;
            for (String property : metric.properties()) {
                Bwc window = raw.bwc(property);
                if (window != null) {
                    any = true;
                    sum += expected(metric, window);
                }
            }
            double expected = any ? sum : Double.NaN;
            String what = metric + " of " + object.type() + " " + object.id() + " from " + raw;
            double actual = object.performance().value(metric);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(actual), what + ": expected no value, got " + actual);
            } else {
                assertEquals(expected, actual, 1e-9, what);
            }
        }
    }

    /** The formulas of GATEWAY-API.md §4.4, written out independently of the calculator. */
    private static double expected(Metric metric, Bwc window) {
        long n = window.numOccured();
        long s = window.numSeconds();
        long k = window.totalWeightInKb();
        return switch (metric) {
            case READ_IOPS, WRITE_IOPS -> s == 0 ? (n == 0 && k == 0 ? 0 : Double.NaN) : (double) n / s;
            case READ_BANDWIDTH, WRITE_BANDWIDTH, REBUILD_BANDWIDTH, REBALANCE_BANDWIDTH ->
                s == 0 ? (n == 0 && k == 0 ? 0 : Double.NaN) : (double) k / s;
            case READ_IO_SIZE, WRITE_IO_SIZE -> n == 0 ? Double.NaN : (double) k / n;
            case READ_LATENCY, WRITE_LATENCY -> n == 0 ? Double.NaN : k / 1024.0 / n;
        };
    }
}
