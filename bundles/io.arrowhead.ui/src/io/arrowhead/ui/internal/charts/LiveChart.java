package io.arrowhead.ui.internal.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A live time chart: lines of values over a sliding window that ends now, drawn by JFreeChart on a canvas of its
 * own, with controls for the window, pause, export and a hover tooltip. Change it only on the UI thread, once per
 * tick inside {@link #batch(Runnable)}; a NaN value is a gap in its line.
 */
public final class LiveChart {

    /** How long lines keep their points: the longest window. */
    static final Duration HISTORY = Duration.ofHours(1);

    static {
        // before the fields below, whose JFreeChart classes already use AWT
        ChartStyle.useHeadlessAwt();
    }

    private final String title;
    private final ChartUnit unit;
    private final List<ChartLine> lines = new ArrayList<>();
    private final TimeSeriesCollection dataset = new TimeSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new DecimatingLineRenderer();
    private final Set<ChartLine> changed = new LinkedHashSet<>();
    private final JFreeChart chart;
    private final TextTitle status;
    private final TimeWindow window;
    private final LimitLine limit;
    private final ChartCanvas canvas;
    private final ChartControls controls;
    private int batchDepth;

    public LiveChart(Composite parent, String title, ChartUnit unit) {
        this.title = title;
        this.unit = unit;
        XYPlot plot = new XYPlot(dataset, new DateAxis(), ChartStyle.valueAxis(unit), renderer);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, parent.getDisplay());
        status = ChartStyle.statusTitle(chart);
        chart.addSubtitle(0, status);
        limit = new LimitLine(plot, unit);
        controls = new ChartControls(parent, this);
        canvas = new ChartCanvas(controls.body(), chart, this::accessibleName, this::statusText);
        window = new TimeWindow(plot, canvas);
        canvas.beforeRender(() -> {
            window.apply(lines, canvas.control().getSize().x);
            limit.keepVisible();
        });
        controls.attach(canvas);
        controls.update();
        new ChartTooltip(canvas, lines, unit);
        controls.body().setData(LiveChart.class.getName(), this);
    }

    /** The live chart whose {@link #getControl()} this is, or {@code null}; for tests that find charts by widget. */
    public static LiveChart of(Control control) {
        return control.getData(LiveChart.class.getName()) instanceof LiveChart chart ? chart : null;
    }

    /** Adds a line; its colour and stroke follow its role. */
    public ChartLine addLine(String label, SeriesRole role) {
        ChartLine line = new ChartLine(label, role, HISTORY.toMillis());
        lines.add(line);
        dataset.addSeries(line.series());
        int index = dataset.getSeriesCount() - 1;
        renderer.setSeriesPaint(index, role.paint(), false);
        renderer.setSeriesStroke(index, role.stroke(), false);
        canvas.invalidate();
        return line;
    }

    /** Runs the changes with dataset notifications off, then redraws once. */
    public void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            if (--batchDepth == 0) {
                flush();
            }
        }
    }

    /** Adds or replaces the line's point at that time; NaN is a gap. */
    public void add(ChartLine line, long epochMillis, double value) {
        Points.put(line.series(), epochMillis, value);
        changed(line);
    }

    /** Replaces all of the line's points, for instance with the history kept while no chart showed it. */
    public void setHistory(ChartLine line, long[] epochMillis, double[] values) {
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException(NLS.bind(Messages.LiveChart_historyLengths, epochMillis.length,
                values.length));
        }
        Points.replace(line.series(), epochMillis, values);
        changed(line);
    }

    /** Shows a horizontal limit line, such as a QoS ceiling; NaN removes it. */
    public void setLimit(String label, double value) {
        limit.set(label, value);
        canvas.invalidate();
    }

    /** Shows a state on the chart, such as the gateway not answering; {@code null} clears it. */
    public void setStatus(String message) {
        status.setText(message == null ? "" : message);
        status.setVisible(message != null && !message.isBlank());
        canvas.invalidate();
    }

    public void setWindow(Duration length) {
        window.setLength(length);
        controls.update();
    }

    public Duration window() {
        return window.length();
    }

    /** Paused, the view stops moving; points still arrive and show on resume. */
    public void setPaused(boolean paused) {
        window.setPaused(paused);
        controls.update();
    }

    public boolean isPaused() {
        return window.isPaused();
    }

    /** "System IOPS: read 12,300, write 4,100": the title, each line's latest value, then the limit if any. */
    public String accessibleName() {
        return ChartSummary.of(title, lines, unit, limit.spoken());
    }

    /** Writes the points in the shown window as CSV: a time column in ISO-8601 UTC, then one per line. */
    public void exportCsv(Path file) throws IOException {
        ChartExport.writeText(file, csv());
    }

    /** Writes the chart as it shows now, at its current size, as a PNG. */
    public void exportPng(Path file) throws IOException {
        ChartExport.writePng(file, canvas.snapshot());
    }

    public Control getControl() {
        return controls.body();
    }

    public String title() {
        return title;
    }

    /** The JFreeChart drawn, for tests and benchmarks; change it only through this class. */
    public JFreeChart chart() {
        return chart;
    }

    /** Renders the chart into its buffer now, as the next paint would; for measuring the repaint. */
    public void renderNow() {
        canvas.renderNow();
    }

    String csv() {
        return ChartExport.csv(lines, unit, window.shownFrom(), window.shownTo());
    }

    ChartCanvas canvas() {
        return canvas;
    }

    private String statusText() {
        return status.isVisible() ? status.getText() : null;
    }

    private void changed(ChartLine line) {
        changed.add(line);
        if (batchDepth == 0) {
            flush();
        }
    }

    private void flush() {
        for (ChartLine line : changed) {
            line.series().fireSeriesChanged();
        }
        changed.clear();
        canvas.invalidate();
    }
}
