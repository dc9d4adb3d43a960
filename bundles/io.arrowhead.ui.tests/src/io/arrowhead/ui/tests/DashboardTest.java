package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.demo.Demo;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.simulator.FaultInjector;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.dashboard.DashboardEditorInput;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.internal.performance.PerformancePage;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The gateway dashboard on the demo: its system IOPS chart states what the gateway answered at each tick, and with the
 * dashboard and two Performance pages open, each tick is one statistics request at the simulator.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DashboardTest {

    static final String STATISTICS_CALL = "POST /api/instances/querySelectedStatistics";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final LiveCharts charts = new LiveCharts(ui);

    @BeforeEach
    void tickFast() {
        charts.tickEverySecond();
    }

    @AfterEach
    void restore() {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
        charts.restoreInterval();
        Demo.cluster().simulator().faults().clear();
    }

    @Test
    void theSystemIopsChartStatesWhatTheGatewayAnsweredAtEachTick() throws Exception {
        GatewayConnection demo = console.demo();
        ui.onUi(() -> Editors.open(console.page(), demo));
        Control iops = charts.chart(console.window(), "dashboard.iops");
        try (LiveCharts.Ticks ticks = LiveCharts.listen(demo, StatisticsSelection.system(Metric.READ_BWC,
            Metric.WRITE_BWC))) {
            int shown = 0;
            for (int tick = 0; tick < 10 && shown < 3; tick++) {
                StatisticsUpdate answer = ticks.arrived.poll(30, TimeUnit.SECONDS);
                assertTrue(answer != null, "the poller ticks");
                String expected = expectedIops(answer.statistics().system());
                ui.waitUntil("the chart to state " + expected + " or a newer tick",
                    () -> expected.equals(charts.name(iops)) || !ticks.arrived.isEmpty());
                if (expected.equals(charts.name(iops))) {
                    shown++;
                }
            }
            assertTrue(shown == 3, "three ticks shown as answered, " + shown + " of 10; now: " + charts.name(iops));
        }
        Table busiest = ui.find(console.window()).withId(Table.class, "dashboard.topVolumes");
        ui.waitUntil("the busiest volumes listed", () -> busiest.getItemCount() > 0);
        List<Double> iopsColumn = ui.tables().column(busiest, "IOPS").stream()
            .map(text -> Double.parseDouble(text.replace(",", ""))).toList();
        assertTrue(iopsColumn.size() <= 10 && iopsColumn.equals(iopsColumn.stream()
            .sorted(Comparator.reverseOrder()).toList()), "at most ten, busiest first: " + iopsColumn);
        ui.screenshot("dashboard");
    }

    @Test
    void f3OnTheGatewayOpensItsDashboard() {
        GatewayConnection demo = console.demo();
        ui.onUi(() -> console.page().closeAllEditors(false));
        console.select(console.reveal("Demo"));
        ui.input().press(SWT.F3);
        IEditorPart dashboard = ui.waitFor("the dashboard to open", () -> console.page().getActiveEditor());
        assertTrue(ui.onUi(() -> dashboard.getEditorInput() instanceof DashboardEditorInput input
            && input.gateway() == demo), "the demo gateway's dashboard: " + dashboard);
    }

    @Test
    void withTheDashboardAndTwoPerformancePagesOpenEachTickIsOneRequest() throws Exception {
        GatewayConnection demo = console.demo();
        ClusterModel model = demo.model();
        Volume volume = model.allVolumes().stream().filter(v -> !v.mappedSdcInfo().isEmpty()).findFirst().orElseThrow();
        Sdc sdc = model.sdcs().getFirst();
        ui.onUi(() -> {
            Editors.open(console.page(), demo);
            showPerformance(Editors.open(console.page(), new VolumeNode(demo, volume.id())));
            showPerformance(Editors.open(console.page(), new SdcNode(demo, sdc.id())));
        });
        ui.waitUntil("both Performance pages drawn", () -> ui.find(console.window()).all(Composite.class).stream()
            .filter(c -> "performance.iops".equals(c.getData(WidgetIds.KEY))).count() == 2);
        FaultInjector faults = Demo.cluster().simulator().faults();
        try (LiveCharts.Ticks ticks = LiveCharts.listen(demo, StatisticsSelection.system(Metric.READ_BWC))) {
            assertTrue(ticks.arrived.poll(30, TimeUnit.SECONDS) != null, "the poller ticks");
            faults.countCalls(STATISTICS_CALL);
            for (int tick = 0; tick < 5; tick++) {
                assertTrue(ticks.arrived.poll(30, TimeUnit.SECONDS) != null, "the poller ticks");
            }
            long calls = faults.calls(STATISTICS_CALL);
            // the sixth request may have left already when the fifth answer is read here
            assertTrue(calls == 5 || calls == 6, "one statistics request per tick over five ticks, not " + calls);
        }
    }

    private static void showPerformance(IEditorPart editor) {
        ((FormEditor) editor).setActivePage(PerformancePage.ID);
    }

    private static String expectedIops(Statistics system) {
        return "System IOPS: read " + ChartUnit.IOPS.format(Metric.READ_IOPS.of(system.bwc(Metric.READ_BWC)))
            + ", write " + ChartUnit.IOPS.format(Metric.WRITE_IOPS.of(system.bwc(Metric.WRITE_BWC)));
    }
}
