package io.arrowhead.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import io.arrowhead.ui.testing.UiFreezeReport.Freeze;
import io.arrowhead.ui.testing.internal.FreezeFile;

/**
 * Every test of a UI test fragment gets its longest UI-thread event reported without asking for it: the two sample
 * classes below name no extension, and run here through JUnit as this fragment's tests do, with the fragment's
 * junit-platform.properties and META-INF/services.
 */
class UiFreezeReportTest {

    private static final long HELD_MILLIS = 350;

    @Test
    void everyTestGetsItsLongestUiThreadEventReportedWithoutAskingForIt() throws Exception {
        TestExecutionSummary summary = run(HoldsTheUiThread.class, LeavesTheUiThreadAlone.class);
        assertEquals(2, summary.getTestsSucceededCount(), "the sample tests passed: " + summary.getFailures());

        Freeze held = recordOf(HoldsTheUiThread.class);
        assertTrue(held.longestMillis() >= 300, "the held UI thread is measured: " + held);
        assertTrue(held.longestMillis() < 5_000, "one event is measured: " + held);
        assertTrue(held.where().contains("HoldsTheUiThread"), "the holding test is named: " + held);
        // Nothing holds the UI thread in the quick test; a loaded machine may still delay a probe a little.
        Freeze quick = recordOf(LeavesTheUiThreadAlone.class);
        assertTrue(quick.longestMillis() < 250, "the quick test has a small figure: " + quick);

        List<String> rows = Files.readAllLines(FreezeFile.table());
        assertEquals(FreezeFile.HEADER, rows.getFirst());
        assertTrue(rows.contains(String.join("\t", held.testClass(), "holdForAWhile",
            Long.toString(held.longestMillis()), held.where())), "the held test's row is in the table: " + rows);
    }

    private static TestExecutionSummary run(Class<?>... classes) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false).addTestEngines(new JupiterTestEngine()).build());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        var request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> sample : classes) {
            request.selectors(selectClass(sample));
        }
        launcher.execute(request.build(), listener);
        return listener.getSummary();
    }

    private static Freeze recordOf(Class<?> sample) {
        return UiFreezeReport.recorded().stream().filter(freeze -> freeze.testClass().equals(sample.getName()))
            .reduce((earlier, later) -> later).orElseThrow(() -> new AssertionError("no record of " + sample
                + " among " + UiFreezeReport.recorded()));
    }

    /** Holds the UI thread for a while, watched by its own monitor as well, which the report must not disturb. */
    static class HoldsTheUiThread {

        @Test
        void holdForAWhile() throws Exception {
            UiDriver ui = new UiDriver();
            try (FreezeMonitor own = FreezeMonitor.start(ui.display())) {
                ui.onUi(() -> sleep(HELD_MILLIS));
                assertTrue(own.awaitProbe(Duration.ofSeconds(5)), "the own monitor's probe ran");
                assertTrue(own.longestMillis() >= 300, "the test's own monitor measures it: " + own.longestMillis());
            }
        }
    }

    static class LeavesTheUiThreadAlone {

        @Test
        void readAShellTitle() {
            UiDriver ui = new UiDriver();
            ui.onUi(() -> ui.display().getActiveShell() == null ? "" : ui.display().getActiveShell().getText());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
