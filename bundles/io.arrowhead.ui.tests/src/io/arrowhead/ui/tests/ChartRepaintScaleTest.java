package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;

import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.internal.charts.ChartLine;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.charts.LiveChart;
import io.arrowhead.ui.internal.charts.SeriesRole;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The repaint of a chart holding an hour of points at one a second, on two lines, as each tick causes it: one
 * point per line added in a batch, then a render. Prints the median (wall clock and the UI thread's CPU time, which
 * other processes on a busy machine do not inflate) and the 90th percentile; speed is not asserted here.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChartRepaintScaleTest {

    private static final int POINTS = 3600;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 200;

    private final UiDriver ui = new UiDriver();
    private ChartShell<LiveChart> window;

    @BeforeEach
    void open() {
        window = new ChartShell<>(ui, 1000, 450, parent -> new LiveChart(parent, "System bandwidth",
            ChartUnit.KIB_PER_SECOND), LiveChart::getControl);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void repaintOfAnHourAtOneSecond() {
        LiveChart chart = window.chart();
        long[][] nanos = ui.onUi(() -> {
            ChartLine read = chart.addLine("Read", SeriesRole.READ);
            ChartLine write = chart.addLine("Write", SeriesRole.WRITE);
            long start = System.currentTimeMillis() - (POINTS + WARM_UP + MEASURED) * 1000L;
            long[] times = new long[POINTS];
            double[] reads = new double[POINTS];
            double[] writes = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                times[i] = start + i * 1000L;
                reads[i] = 40_000 + 20_000 * Math.sin(i / 120.0) + (i * 7919 % 5000);
                writes[i] = 15_000 + 8_000 * Math.cos(i / 90.0) + (i * 104729 % 3000);
            }
            chart.batch(() -> {
                chart.setHistory(read, times, reads);
                chart.setHistory(write, times, writes);
            });
            chart.setWindow(Duration.ofHours(1));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] wall = new long[MEASURED];
            long[] cpu = new long[MEASURED];
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long now = start + (POINTS + i) * 1000L;
                long began = System.nanoTime();
                long beganCpu = threads.getCurrentThreadCpuTime();
                chart.batch(() -> {
                    chart.add(read, now, 41_000);
                    chart.add(write, now, 16_000);
                });
                chart.renderNow();
                if (i >= WARM_UP) {
                    wall[i - WARM_UP] = System.nanoTime() - began;
                    cpu[i - WARM_UP] = threads.getCurrentThreadCpuTime() - beganCpu;
                }
            }
            return new long[][] {wall, cpu};
        });
        int held = ui.onUi(() -> ((TimeSeriesCollection) chart.chart().getXYPlot().getDataset()).getItemCount(0));
        assertEquals(POINTS, held, 10, "the line keeps an hour of points, old ones dropping out as new ones come");
        long[] wall = nanos[0];
        long[] cpu = nanos[1];
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("CHART-REPAINT 2 lines x %d points, %s: median %.2f ms (UI thread CPU %.2f ms), p90 %.2f ms,"
            + " max %.2f ms%n", POINTS, ui.onUi(() -> chart.getControl().getSize()), wall[MEASURED / 2] / 1e6,
            cpu[MEASURED / 2] / 1e6, wall[MEASURED * 9 / 10] / 1e6, wall[MEASURED - 1] / 1e6);
        window.paintNow();
        ui.screenshot("live-chart-hour");
    }
}
