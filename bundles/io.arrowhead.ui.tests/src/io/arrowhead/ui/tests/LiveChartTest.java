package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.swt.SWTGraphics2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.internal.charts.ChartLine;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.charts.LiveChart;
import io.arrowhead.ui.internal.charts.SeriesRole;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.Screenshots;
import io.arrowhead.ui.testing.UiDriver;

/** A live chart in a shell of its own: what it says, what it shows of time, and what it exports. */
@ExtendWith(ScreenshotOnFailure.class)
class LiveChartTest {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
        .withZone(ZoneOffset.UTC);

    private final UiDriver ui = new UiDriver();
    private ChartShell<LiveChart> window;
    private LiveChart chart;
    private ChartLine read;
    private ChartLine write;

    private Path folder;

    @BeforeEach
    void open() throws java.io.IOException {
        folder = Files.createTempDirectory("live-chart");
        window = new ChartShell<>(ui, 900, 420, parent -> new LiveChart(parent, "System IOPS", ChartUnit.IOPS),
            LiveChart::getControl);
        chart = window.chart();
        ui.onUi(() -> {
            read = chart.addLine("Read", SeriesRole.READ);
            write = chart.addLine("Write", SeriesRole.WRITE);
        });
    }

    @AfterEach
    void close() throws java.io.IOException {
        window.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Test
    void theAccessibleNameStatesTheLatestValues() {
        assertEquals("System IOPS: no data yet", ui.onUi(() -> AccessibleNames.of(window.canvas())));
        long now = System.currentTimeMillis();
        ui.onUi(() -> chart.batch(() -> {
            chart.add(read, now - 1000, 9000);
            chart.add(write, now - 1000, 3000);
            chart.add(read, now, 12300);
            chart.add(write, now, 4100);
        }));
        assertEquals("System IOPS: read 12,300, write 4,100", ui.onUi(() -> AccessibleNames.of(window.canvas())));
        ui.onUi(() -> chart.setStatus("Gateway not answering; retrying in 8 s"));
        assertEquals("Gateway not answering; retrying in 8 s", ui.onUi(() -> description(window)));
        window.paintNow();
        ui.screenshot("live-chart-iops");
    }

    @Test
    void aMissingValueIsAGapInTheLineAndAnEmptyCell() throws Exception {
        long start = wholeSecond() - 3000;
        ui.onUi(() -> chart.batch(() -> {
            chart.add(read, start, 100);
            chart.add(read, start + 1000, Double.NaN);
            chart.add(read, start + 2000, 300);
        }));
        TimeSeriesCollection dataset = (TimeSeriesCollection) ui.onUi(() -> chart.chart().getXYPlot().getDataset());
        assertEquals(3, dataset.getItemCount(0));
        assertTrue(Double.isNaN(dataset.getYValue(0, 1)), "the middle point has no value, so no segment joins it");
        Path file = folder.resolve("gap.csv");
        ui.onUi(() -> export(file));
        assertEquals(String.join("\n", "time,Read (IOPS),Write (IOPS)", iso(start) + ",100,",
            iso(start + 1000) + ",,", iso(start + 2000) + ",300,", ""), Files.readString(file));
    }

    @Test
    void aGapIsDrawnAsAGapAndPointsEitherSideAsLines() {
        long end = wholeSecond();
        ui.onUi(() -> {
            chart.setWindow(Duration.ofMinutes(1));
            chart.batch(() -> {
                for (int second = 60; second >= 0; second--) {
                    boolean outage = second >= 21 && second <= 40;
                    chart.add(read, end - second * 1000L, outage ? Double.NaN : 100);
                }
            });
        });
        boolean[] blue = ui.onUi(() -> {
            chart.renderNow();
            Image image = new Image(ui.display(), 800, 400);
            GC gc = new GC(image);
            SWTGraphics2D graphics = new SWTGraphics2D(gc);
            try {
                ChartRenderingInfo info = new ChartRenderingInfo();
                chart.chart().draw(graphics, new Rectangle2D.Double(0, 0, 800, 400), info);
                Rectangle2D area = info.getPlotInfo().getDataArea();
                int y = (int) Math.round(plot().getRangeAxis().valueToJava2D(100, area, RectangleEdge.LEFT));
                ImageData pixels = image.getImageData();
                long[] times = {end - 50_000, end - 30_000, end - 10_000};
                boolean[] found = new boolean[times.length];
                for (int i = 0; i < times.length; i++) {
                    double x2d = plot().getDomainAxis().valueToJava2D(times[i], area, RectangleEdge.BOTTOM);
                    int x = (int) Math.round(x2d);
                    for (int dy = -3; dy <= 3; dy++) {
                        RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y + dy));
                        found[i] |= rgb.blue > rgb.red + 60;
                    }
                }
                return found;
            } finally {
                graphics.dispose();
                gc.dispose();
                image.dispose();
            }
        });
        assertTrue(blue[0], "the read line is drawn before the gap");
        assertFalse(blue[1], "nothing is drawn across the gap");
        assertTrue(blue[2], "the read line is drawn after the gap");
    }

    @Test
    void theCsvHoldsTheShownWindowWithHeaderAndUtcTimes() throws Exception {
        long end = wholeSecond();
        ui.onUi(() -> chart.batch(() -> {
            chart.add(read, end - Duration.ofMinutes(10).toMillis(), 1);
            chart.add(read, end - 3000, 100);
            chart.add(write, end - 3000, 50);
            chart.add(read, end - 2000, 200);
            chart.add(read, end - 1000, 300.5);
            chart.add(write, end - 1000, 70);
        }));
        Path file = folder.resolve("iops.csv");
        ui.onUi(() -> export(file));
        assertEquals(String.join("\n", "time,Read (IOPS),Write (IOPS)", iso(end - 3000) + ",100,50",
            iso(end - 2000) + ",200,", iso(end - 1000) + ",300.5,70", ""), Files.readString(file),
            "the default window of 5 minutes leaves out the point of 10 minutes ago");
    }

    @Test
    void theWindowSlidesWithTimeAndChangesLength() {
        ui.onUi(() -> chart.setWindow(Duration.ofMinutes(1)));
        Range first = shownRange();
        assertEquals(60_000, first.getLength(), 1);
        assertEquals(System.currentTimeMillis(), first.getUpperBound(), 2000);
        ui.waitUntil("the time axis to slide on without new points",
            () -> chart.chart().getXYPlot().getDomainAxis().getUpperBound() >= first.getUpperBound() + 900);

        ToolItem hour = ui.find(window.shell()).withText(ToolItem.class, "1 h");
        ui.onUi(() -> {
            hour.setSelection(true);
            hour.notifyListeners(SWT.Selection, new Event());
        });
        assertEquals(Duration.ofHours(1), ui.onUi(chart::window));
        assertEquals(3_600_000, shownRange().getLength(), 1);
    }

    @Test
    void pausedTheViewStaysWhileDataArrivesAndResumeCatchesUp() {
        ui.onUi(() -> chart.setPaused(true));
        Range paused = shownRange();
        ui.waitUntil("time to pass the paused window's end", () -> System.currentTimeMillis()
            > paused.getUpperBound() + 1200);
        long later = System.currentTimeMillis();
        ui.onUi(() -> chart.batch(() -> chart.add(read, later, 42)));
        assertEquals(paused, shownRange(), "paused, the window does not move");
        assertEquals(1, ui.onUi(() -> ((TimeSeriesCollection) chart.chart().getXYPlot().getDataset())
            .getItemCount(0)), "paused, points still arrive");

        ui.onUi(() -> chart.setPaused(false));
        assertTrue(shownRange().getUpperBound() >= later, "resumed, the window ends now and shows the new point");
    }

    @Test
    void keysPauseAndChangeTheWindow() {
        ui.onUi(() -> {
            window.shell().forceActive();
            window.canvas().setFocus();
        });
        ui.waitUntil("keyboard focus on the chart", () -> window.canvas().isFocusControl());
        ui.input().type(" ");
        assertTrue(ui.onUi(chart::isPaused), "Space pauses");
        ui.find(window.shell()).withText(ToolItem.class, "Resume");
        ui.input().type("h");
        assertEquals(Duration.ofHours(1), ui.onUi(chart::window));
        ui.input().type("-");
        assertEquals(Duration.ofMinutes(15), ui.onUi(chart::window));
        ui.input().type(" ");
        assertFalse(ui.onUi(chart::isPaused), "Space resumes");
        ui.find(window.shell()).withText(ToolItem.class, "Pause");
    }

    @Test
    void hoveringShowsTheTimeAndTheNearestValuesElseTheKeys() {
        long end = wholeSecond();
        ui.onUi(() -> chart.batch(() -> {
            for (int i = 0; i < 300; i++) {
                chart.add(read, end - i * 1000L, 12300);
                chart.add(write, end - i * 1000L, 4100);
            }
        }));
        window.paintNow();
        Canvas canvas = window.canvas();
        String tip = ui.onUi(() -> {
            Point size = canvas.getSize();
            move(canvas, size.x / 2, size.y / 2);
            return canvas.getToolTipText();
        });
        String[] lines = tip.split("\n");
        assertEquals(3, lines.length, tip);
        assertTrue(lines[0].matches(".*\\d{1,2}:\\d{2}:\\d{2}.*"), "the first line is the time: " + tip);
        assertEquals("Read 12,300", lines[1]);
        assertEquals("Write 4,100", lines[2]);
        String outside = ui.onUi(() -> {
            move(canvas, 1, 1);
            return canvas.getToolTipText();
        });
        assertTrue(outside.startsWith("Keys: Space pauses or resumes"), outside);
    }

    private static void move(Canvas canvas, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        canvas.notifyListeners(SWT.MouseMove, event);
    }

    @Test
    void aLimitIsAHorizontalLineInViewAndNaNRemovesIt() {
        long now = System.currentTimeMillis();
        ui.onUi(() -> chart.batch(() -> chart.add(read, now, 100)));
        ui.onUi(() -> chart.setLimit("QoS limit", 500));
        Collection<Marker> markers = ui.onUi(() -> plot().getRangeMarkers(Layer.FOREGROUND));
        assertEquals(1, markers.size());
        ValueMarker limit = (ValueMarker) markers.iterator().next();
        assertEquals(500, limit.getValue());
        assertEquals("QoS limit 500", limit.getLabel());
        ui.onUi(chart::renderNow);
        assertTrue(ui.onUi(() -> plot().getRangeAxis().getUpperBound()) >= 500, "the axis reaches the limit");
        assertEquals("System IOPS: read 100, write no value, QoS limit 500", ui.onUi(chart::accessibleName),
            "a screen reader hears the limit after the lines");

        ui.onUi(() -> chart.setLimit("QoS limit", Double.NaN));
        Collection<Marker> none = ui.onUi(() -> plot().getRangeMarkers(Layer.FOREGROUND));
        assertTrue(none == null || none.isEmpty(), "NaN removes the limit");
        assertEquals("System IOPS: read 100, write no value", ui.onUi(chart::accessibleName));
    }

    @Test
    void thePngIsTheCanvasAtItsSize() throws Exception {
        ui.onUi(() -> chart.batch(() -> chart.add(read, System.currentTimeMillis(), 5)));
        Path file = folder.resolve("chart.png");
        ui.onUi(() -> {
            try {
                chart.exportPng(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Point size = ui.onUi(() -> window.canvas().getSize());
        ImageData[] loaded = new ImageLoader().load(file.toString());
        assertEquals(size.x, loaded[0].width);
        assertEquals(size.y, loaded[0].height);
    }

    @Test
    void fiveMinutesOfReadAndWriteWithALimitAndAGap() throws Exception {
        long end = wholeSecond();
        ui.onUi(() -> chart.batch(() -> {
            for (int i = 0; i < 300; i++) {
                long time = end - (300 - i) * 1000L;
                boolean outage = i >= 200 && i < 215;
                chart.add(read, time, outage ? Double.NaN : 9000 + 3000 * Math.sin(i / 25.0) + i * 7 % 900);
                chart.add(write, time, outage ? Double.NaN : 4000 + 1500 * Math.cos(i / 30.0) + i * 13 % 500);
            }
        }));
        ui.onUi(() -> chart.setLimit("QoS limit", 14000));
        assertEquals(2, ui.onUi(() -> plot().getLegendItems().getItemCount()), "a legend names read and write");
        Path picture = Screenshots.directory().resolve("live-chart.png");
        Files.createDirectories(picture.getParent());
        ui.onUi(() -> {
            try {
                chart.exportPng(picture);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        window.paintNow();
        ui.screenshot("live-chart-five-minutes");
    }

    private XYPlot plot() {
        return chart.chart().getXYPlot();
    }

    /** The time axis' range after a render, as the next paint shows it. */
    private Range shownRange() {
        return ui.onUi(() -> {
            chart.renderNow();
            return plot().getDomainAxis().getRange();
        });
    }

    private void export(Path file) {
        try {
            chart.exportCsv(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String description(ChartShell<LiveChart> window) {
        return AccessibleNames.descriptionOf(window.canvas());
    }

    private static long wholeSecond() {
        return System.currentTimeMillis() / 1000 * 1000;
    }

    private static String iso(long epochMillis) {
        return ISO_SECONDS.format(Instant.ofEpochMilli(epochMillis));
    }
}
