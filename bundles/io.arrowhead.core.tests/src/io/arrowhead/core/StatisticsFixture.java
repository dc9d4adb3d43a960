package io.arrowhead.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.stats.PerformanceStatistics;
import io.arrowhead.core.stats.PollerStatus;
import io.arrowhead.core.stats.StatisticsListener;
import io.arrowhead.core.stats.StatisticsUpdate;

/**
 * A {@link CoreFixture} with a connected gateway, the statistics service on its connections, and a 1 s interval;
 * {@link Recorder}s keep what subscribers hear, for waiting on it.
 */
final class StatisticsFixture implements AutoCloseable {

    /** Proves only that nothing hangs; ticks come every second. */
    static final Duration DOES_NOT_HANG = Duration.ofSeconds(60);
    static final String STATISTICS_CALL = "POST /api/instances/querySelectedStatistics";

    final CoreFixture core;
    final GatewayConnection gateway;
    final PerformanceStatistics statistics;

    StatisticsFixture() throws Exception {
        core = new CoreFixture();
        try {
            gateway = core.connected("lab");
        } catch (Exception | AssertionError e) {
            core.close();
            throw e;
        }
        ConsolePreferences.setStatisticsInterval(1);
        statistics = new PerformanceStatistics(core.connections);
    }

    long statisticsCalls() {
        return core.simulator.faults().calls(STATISTICS_CALL);
    }

    @Override
    public void close() throws Exception {
        statistics.close();
        Job.getJobManager().cancel(PerformanceStatistics.FAMILY);
        Job.getJobManager().join(PerformanceStatistics.FAMILY, null);
        ConsolePreferences.node().remove(ConsolePreferences.STATISTICS_INTERVAL_SECONDS);
        core.close();
    }

    /** Keeps every update and state a subscriber hears. */
    static class Recorder implements StatisticsListener {

        final LinkedBlockingQueue<StatisticsUpdate> updates = new LinkedBlockingQueue<>();
        final List<PollerStatus> states = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void statisticsArrived(StatisticsUpdate update) {
            threads.add(Thread.currentThread().getName());
            updates.add(update);
        }

        @Override
        public void pollerChanged(PollerStatus status) {
            states.add(status);
        }

        StatisticsUpdate next() throws InterruptedException {
            StatisticsUpdate update = updates.poll(DOES_NOT_HANG.toSeconds(), TimeUnit.SECONDS);
            if (update == null) {
                throw new AssertionError("no statistics arrived; states: " + states);
            }
            return update;
        }

        /** Waits for the first state that matches, heard since subscribing. */
        PollerStatus awaitState(Predicate<PollerStatus> wanted) throws InterruptedException {
            return awaitStateAfter(null, wanted);
        }

        /** Waits for the first state that matches heard after {@code earlier} (after subscribing for null). */
        PollerStatus awaitStateAfter(PollerStatus earlier, Predicate<PollerStatus> wanted)
            throws InterruptedException {
            long deadline = System.nanoTime() + DOES_NOT_HANG.toNanos();
            while (System.nanoTime() < deadline) {
                List<PollerStatus> heard = List.copyOf(states);
                int from = earlier == null ? 0 : heard.indexOf(earlier) + 1;
                for (PollerStatus status : heard.subList(from, heard.size())) {
                    if (wanted.test(status)) {
                        return status;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the poller never reached the state; states: " + states);
        }
    }
}
