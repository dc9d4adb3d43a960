package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.internal.performance.PerformancePage;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.FreezeMonitor;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The dashboard and three volume Performance pages on a gateway with 32,768 volumes, ticking every second for a
 * minute. It asserts that every tick is one statistics request. The console's CPU time (every thread but the
 * in-process simulator's, without the freeze monitor running), then over half a minute more the longest UI-thread
 * event, are recorded in target/ui-figures for docs/benchmarks.md, never asserted.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DashboardAtScaleTest {

    private static final int VOLUMES = 32_768;
    private static final int TICKS = 60;
    /**
     * Threads that are not the console's: the in-process simulator's (its requests run on virtual threads, whose CPU
     * time counts to their ForkJoinPool carriers; the console itself starts no virtual thread).
     */
    private static final List<String> NOT_THE_CONSOLE = List.of("scaleio-simulator", "ForkJoinPool-");

    private final UiDriver ui = new UiDriver().withTimeout(Duration.ofSeconds(120));
    private final Console console = new Console(ui);
    private final LiveCharts charts = new LiveCharts(ui);
    private final UiFigures figures = new UiFigures("dashboard-at-scale.txt", "Dashboard at scale (" + VOLUMES + " volumes, 1 s ticks)");
    private GatewaySimulator simulator;
    private GatewayConnection connection;

    @BeforeEach
    void startLargeGateway() throws IOException {
        ui.onUi(() -> console.page().closeAllEditors(false));
        simulator = GatewaySimulator.builder().scenario(ClusterScenario.scale(VOLUMES, 1_024, 16))
            .user("admin", "scale-secret".toCharArray()).dataDirectory(Files.createTempDirectory("scale-sim"))
            .port(0).start();
        charts.tickEverySecond();
    }

    @AfterEach
    void stop() throws Exception {
        ui.onUi(() -> console.page().closeAllEditors(false));
        charts.restoreInterval();
        if (connection != null) {
            ArrowheadCore.connections().remove(connection);
        }
        simulator.close();
    }

    @Test
    void aMinuteOfOneSecondTicksOnThirtyTwoThousandVolumes() throws Exception {
        connection = ArrowheadCore.connections().addTransient(new ConnectionSettings("scale", "Scale",
            simulator.endpoint().toString(), "admin", false), "scale-secret".toCharArray(),
            simulator.certificateFingerprint());
        ArrowheadCore.connections().connect(connection);
        ui.waitUntil("the large gateway to load", () -> connection.model() != null);
        Map<Long, Long> idleBefore = cpuByThread();
        long idleStart = System.nanoTime();
        Thread.sleep(20_000);
        double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
        figure("console CPU with no chart open, for comparison (% of one core)",
            String.format("%.2f", 100 * consoleCpuSince(idleBefore) / 1e9 / idleSeconds));
        List<Volume> shown = connection.model().allVolumes().stream().filter(v -> !v.mappedSdcInfo().isEmpty())
            .limit(3).toList();
        ui.onUi(() -> {
            Editors.open(console.page(), connection);
            for (Volume volume : shown) {
                ((FormEditor) Editors.open(console.page(), new VolumeNode(connection, volume.id())))
                    .setActivePage(PerformancePage.ID);
            }
        });
        String statistics = DashboardTest.STATISTICS_CALL;
        try (LiveCharts.Ticks ticks = LiveCharts.listen(connection, StatisticsSelection.system(Metric.READ_BWC))) {
            // the first ticks include the top volumes' first scan and the warm-up of the code paths
            awaitTicks(ticks, 5);
            simulator.faults().countCalls(statistics);
            Map<Long, Long> cpuBefore = cpuByThread();
            long start = System.nanoTime();
            awaitTicks(ticks, TICKS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long calls = simulator.faults().calls(statistics);
            assertTrue(calls >= TICKS && calls <= TICKS + 1, "one request per tick: " + calls + " for " + TICKS);
            figure("ticks", TICKS);
            figure("statistics requests at the simulator", calls);
            figure("wall time (s)", String.format("%.1f", seconds));
            figure("console CPU, all threads but the simulator's (% of one core)",
                String.format("%.2f", 100 * consoleCpuSince(cpuBefore) / 1e9 / seconds));
            figure("of which, by thread (% of one core)", busiestThreads(cpuBefore, seconds));
            // The monitor wakes the UI thread every few milliseconds, so it watches a window of its own.
            try (FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
                awaitTicks(ticks, TICKS / 2);
                figure("longest UI-thread event over " + TICKS / 2 + " more ticks (ms)", freezes.longestMillis());
                figure("what it ran", freezes.longestCause().lines().limit(6)
                    .collect(Collectors.joining(" | ")));
            }
        }
        figures.write();
    }

    private static void awaitTicks(LiveCharts.Ticks ticks, int count) throws InterruptedException {
        for (int tick = 0; tick < count; tick++) {
            assertTrue(ticks.arrived.poll(60, TimeUnit.SECONDS) != null, "the poller ticks");
        }
    }

    private static Map<Long, Long> cpuByThread() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** CPU nanoseconds of every live thread but the simulator's since the snapshot. */
    private static long consoleCpuSince(Map<Long, Long> before) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0 || notTheConsole(info.getThreadName())) {
                continue;
            }
            total += now - before.getOrDefault(id, 0L);
        }
        return total;
    }

    /** The console's threads that used the most CPU since the snapshot, their numbers dropped to group pools. */
    private static String busiestThreads(Map<Long, Long> before, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info != null && now >= 0 && !notTheConsole(info.getThreadName())) {
                byName.merge(info.getThreadName().replaceAll("\\d+", "#"), now - before.getOrDefault(id, 0L),
                    Long::sum);
            }
        }
        return byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
            .map(e -> String.format("%s %.2f", e.getKey(), 100 * e.getValue() / 1e9 / seconds))
            .collect(Collectors.joining("; "));
    }

    private static boolean notTheConsole(String threadName) {
        return NOT_THE_CONSOLE.stream().anyMatch(threadName::startsWith);
    }

    private void figure(String name, Object value) {
        figures.put(name, value);
    }
}
