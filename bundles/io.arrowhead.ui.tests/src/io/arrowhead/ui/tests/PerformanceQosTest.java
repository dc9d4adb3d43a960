package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.demo.Demo;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.charts.LiveChart;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.internal.performance.PerformancePage;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * A volume's Performance page: a 500 IOPS limit set in its editor brings its chart under the limit within two ticks;
 * while the gateway does not answer, the chart says so, and it goes on by itself once the gateway answers again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PerformanceQosTest {

    private static final double LIMIT = 500;

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final LiveCharts charts = new LiveCharts(ui);
    private final CellEditing cellEditing = new CellEditing(ui);
    private Volume volume;

    @BeforeEach
    void tickFast() {
        charts.tickEverySecond();
    }

    @AfterEach
    void restore() throws Exception {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
        charts.restoreInterval();
        Demo.cluster().simulator().faults().clear();
        console.awaitGatewayJobs();
        if (volume != null) {
            try (GatewayClient observer = console.observer()) {
                MappedSdcInfo mapping = volume.mappedSdcInfo().getFirst();
                observer.setMappedSdcLimits(volume.id(), SdcRef.id(mapping.sdcId()), 0, 0);
            }
        }
    }

    @Test
    void aQosLimitSetInTheEditorBringsTheChartUnderItsLine() throws Exception {
        GatewayConnection demo = console.demo();
        volume = busiestSingleMappedVolume(demo);
        console.select(console.revealVolume(demo.model(), volume));
        console.execute("io.arrowhead.ui.commands.openEditor");
        Table mappings = ui.find(console.window()).withId(Table.class, "volumeEditor.mappings");
        cellEditing.edit(mappings, 0, 3, "volumeEditor.mappings.iops", String.valueOf((long) LIMIT));
        ui.input().press(SWT.MOD1, 's');
        console.awaitGatewayJobs();
        ui.onUi(() -> ((FormEditor) console.page().getActiveEditor()).setActivePage(PerformancePage.ID));
        Control iops = charts.chart(console.window(), "performance.iops");
        ui.waitUntil("the chart at or under the 500 IOPS limit: " + charts.name(iops), () -> {
            Map<String, Double> values = LiveCharts.values(charts.name(iops));
            return values.containsKey("read") && values.get("read") + values.get("write") <= LIMIT;
        });
        assertTrue(charts.name(iops).contains("QoS limit"), "the limit is a line of the chart: " + charts.name(iops));
        ui.screenshot("performance-qos");
    }

    @Test
    void whileTheGatewayDoesNotAnswerTheChartSaysSoAndThenGoesOn() throws Exception {
        GatewayConnection demo = console.demo();
        volume = null;
        Volume mapped = busiestSingleMappedVolume(demo);
        ui.onUi(() -> Editors.open(console.page(), new VolumeNode(demo, mapped.id())));
        ui.onUi(() -> ((FormEditor) console.page().getActiveEditor()).setActivePage(PerformancePage.ID));
        Control iops = charts.chart(console.window(), "performance.iops");
        ui.waitUntil("a first value", () -> LiveCharts.values(charts.name(iops)).containsKey("read"));

        Demo.cluster().simulator().faults().failNext(DashboardTest.STATISTICS_CALL, 3, 500, 0,
            "The statistics service is restarting.");
        ui.waitUntil("the chart to say the gateway is not answering",
            () -> charts.description(iops).contains("not answering"));
        ui.input().press(SWT.MOD1, 'a'); // the UI thread still answers input during the outage
        ui.waitUntil("the chart to go on after the outage", () -> !charts.description(iops).contains("not answering")
            && LiveCharts.values(charts.name(iops)).containsKey("read"));
        LiveChart chart = charts.liveChart(console.window(), "performance.iops");
        Path csv = Files.createTempFile("outage", ".csv");
        ui.onUi(() -> {
            try {
                chart.exportCsv(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> rows = Files.readAllLines(csv);
        Files.delete(csv);
        assertTrue(rows.stream().skip(1).anyMatch(row -> row.endsWith(",,")), "the outage is a gap in the series: "
            + rows);
    }

    /** The busiest volume with one mapping, which must be well over the limit now. */
    private Volume busiestSingleMappedVolume(GatewayConnection demo) throws Exception {
        List<Volume> candidates = demo.model().allVolumes().stream()
            .filter(v -> v.mappedSdcInfo().size() == 1 && !v.isSnapshot()).toList();
        try (LiveCharts.Ticks ticks = LiveCharts.listen(demo, StatisticsSelection.of(ObjectType.VOLUME,
            candidates.stream().map(Volume::id).toList(), Metric.READ_BWC, Metric.WRITE_BWC))) {
            StatisticsUpdate answer = ticks.arrived.poll(30, TimeUnit.SECONDS);
            assertTrue(answer != null, "the poller ticks");
            Map<String, Statistics> byId = answer.statistics().of(ObjectType.VOLUME);
            Comparator<Volume> byIops = Comparator.comparingDouble(v -> iops(byId.get(v.id())));
            Volume busiest = candidates.stream().max(byIops).orElseThrow();
            assertTrue(iops(byId.get(busiest.id())) > 1.5 * LIMIT, "the demo has a volume well over the limit: "
                + busiest.name() + " " + iops(byId.get(busiest.id())));
            return busiest;
        }
    }

    private static double iops(Statistics statistics) {
        return statistics == null ? 0 : Metric.READ_IOPS.of(statistics.bwc(Metric.READ_BWC))
            + Metric.WRITE_IOPS.of(statistics.bwc(Metric.WRITE_BWC));
    }
}
