package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.StatisticsFixture.Recorder;
import io.arrowhead.core.stats.HistoryPoints;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.PerformanceStatistics;
import io.arrowhead.core.stats.PollerState;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.Volume;

/** One statistics request per tick for every subscriber of a gateway, none without subscribers, against the simulator. */
class StatisticsPollingTest {

    private StatisticsFixture fixture;
    private final List<StatisticsSubscription> subscriptions = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new StatisticsFixture();
        fixture.core.simulator.faults().countCalls(StatisticsFixture.STATISTICS_CALL);
    }

    @AfterEach
    void stop() throws Exception {
        subscriptions.forEach(StatisticsSubscription::close);
        fixture.close();
    }

    @Test
    void threeSubscriptionsMakeOneRequestATickAndEachGetsItsSlice() throws Exception {
        List<Volume> mapped = mappedVolumes();
        String sdcId = fixture.gateway.model().sdcs().getFirst().id();
        List<Long> callsAtEachTick = new CopyOnWriteArrayList<>();
        Recorder first = new Recorder() {
            @Override
            public void statisticsArrived(StatisticsUpdate update) {
                // the next tick is scheduled only after every subscriber heard this one
                callsAtEachTick.add(fixture.statisticsCalls());
                super.statisticsArrived(update);
            }
        };
        Recorder second = new Recorder();
        Recorder third = new Recorder();
        subscribe(StatisticsSelection.of(ObjectType.VOLUME, List.of(mapped.get(0).id()), Metric.READ_BWC), first);
        subscribe(StatisticsSelection.of(ObjectType.VOLUME, List.of(mapped.get(1).id()), Metric.WRITE_BWC), second);
        subscribe(StatisticsSelection.of(ObjectType.SDC, List.of(sdcId), Metric.READ_BWC, Metric.WRITE_BWC), third);

        StatisticsUpdate last = null;
        for (int tick = 0; tick < 4; tick++) {
            last = first.next();
        }
        StatisticsUpdate ofSecond = second.next();
        StatisticsUpdate ofThird = third.next();

        assertEquals(List.of(1L, 2L, 3L, 4L), callsAtEachTick.subList(0, 4), "one request per tick");
        assertEquals(Set.of(mapped.get(0).id()), last.statistics().of(ObjectType.VOLUME).keySet());
        assertEquals(Set.of(Metric.READ_BWC), last.statistics().of(ObjectType.VOLUME, mapped.get(0).id()).names());
        assertEquals(Set.of(mapped.get(1).id()), ofSecond.statistics().of(ObjectType.VOLUME).keySet());
        assertTrue(ofSecond.statistics().of(ObjectType.SDC).isEmpty(), "the SDC is the third's");
        assertEquals(Set.of(sdcId), ofThird.statistics().of(ObjectType.SDC).keySet());
        assertTrue(ofThird.statistics().of(ObjectType.VOLUME).isEmpty());
        assertFalse(first.threads.stream().anyMatch(name -> name.contains("main")), "on a job thread");
        assertEquals(PollerState.RUNNING, fixture.statistics.status(fixture.gateway).state());
    }

    @Test
    void withoutSubscribersNothingIsAskedAndClosingTheLastStopsTheRequests() throws Exception {
        Thread.sleep(2500); // two and a half intervals: a poller would have asked twice by now
        assertEquals(0, fixture.statisticsCalls(), "nobody subscribed yet");
        assertEquals(PollerState.IDLE, fixture.statistics.status(fixture.gateway).state());

        Recorder recorder = new Recorder();
        StatisticsSubscription subscription = subscribe(
            StatisticsSelection.of(ObjectType.VOLUME, List.of(mappedVolumes().getFirst().id()), Metric.READ_BWC),
            recorder);
        recorder.next();
        recorder.next();
        subscription.close();
        Job.getJobManager().join(PerformanceStatistics.POLLING_FAMILY, null); // a tick in flight ends
        long callsWhenClosed = fixture.statisticsCalls();
        Thread.sleep(2500);

        assertEquals(callsWhenClosed, fixture.statisticsCalls(), "no request once nobody subscribes");
        assertEquals(PollerState.IDLE, fixture.statistics.status(fixture.gateway).state());
        assertTrue(fixture.statistics.history(fixture.gateway, ObjectType.VOLUME, mappedVolumes().getFirst().id(),
            Metric.READ_IOPS).size() >= 2, "the history outlives the subscription");
    }

    @Test
    void aSeriesClosedAndOpenedAgainWithinTheHourShowsItsPast() throws Exception {
        String id = mappedVolumes().getFirst().id();
        StatisticsSelection selection = StatisticsSelection.of(ObjectType.VOLUME, List.of(id), Metric.READ_BWC);
        Recorder before = new Recorder();
        StatisticsSubscription closed = subscribe(selection, before);
        List<StatisticsUpdate> past = List.of(before.next(), before.next());
        closed.close();
        Job.getJobManager().join(PerformanceStatistics.POLLING_FAMILY, null);

        Recorder after = new Recorder();
        subscribe(selection, after);
        StatisticsUpdate now = after.next();

        HistoryPoints history = fixture.statistics.history(fixture.gateway, ObjectType.VOLUME, id, Metric.READ_IOPS);
        List<Long> times = Arrays.stream(history.epochMillis()).boxed().toList();
        for (StatisticsUpdate update : List.of(past.get(0), past.get(1), now)) {
            int at = times.indexOf(update.sampledAt().toEpochMilli());
            assertTrue(at >= 0, "the tick of " + update.sampledAt() + " is in the history " + times);
            assertEquals(update.performance(ObjectType.VOLUME, id).value(Metric.READ_IOPS), history.values()[at]);
        }
    }

    @Test
    void aScanOfEveryVolumeKeepsNoHistoryOfEachButASystemChartDoes() throws Exception {
        Recorder scan = new Recorder();
        subscribe(StatisticsSelection.all(ObjectType.VOLUME, Metric.READ_BWC, Metric.WRITE_BWC), scan);
        Recorder system = new Recorder();
        subscribe(StatisticsSelection.system(Metric.READ_BWC), system);

        assertTrue(scan.next().performance().size() >= 2, "the scan answers every volume");
        system.next();

        assertEquals(3, fixture.statistics.seriesCount(), "the system's read IOPS, bandwidth and I/O size only");
        assertTrue(fixture.statistics.history(fixture.gateway, ObjectType.SYSTEM, SeriesKey.SYSTEM_ID,
            Metric.READ_IOPS).size() >= 1);
    }

    private List<Volume> mappedVolumes() {
        List<Volume> mapped = fixture.gateway.model().allVolumes().stream()
            .filter(volume -> !volume.mappedSdcInfo().isEmpty()).toList();
        assertTrue(mapped.size() >= 2, "the demo cluster maps volumes");
        return mapped;
    }

    private StatisticsSubscription subscribe(StatisticsSelection selection, Recorder recorder) {
        StatisticsSubscription subscription = fixture.statistics.subscribe(fixture.gateway, List.of(selection),
            recorder);
        subscriptions.add(subscription);
        return subscription;
    }
}
