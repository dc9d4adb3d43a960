package io.arrowhead.ui.internal.charts;

import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.time.TimeSeries;

/**
 * The time a chart shows: a window of 1, 5, 15 or 60 minutes ending now, which keeps sliding between points until
 * paused; paused, it stays where it was. A timer redraws once the axis would move by a pixel, but at most once a
 * second and not when a tick has just redrawn it.
 */
final class TimeWindow {

    static final List<Duration> CHOICES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
        Duration.ofMinutes(15), Duration.ofHours(1));
    private static final int SLIDE_MILLIS = 1000;
    private static final double HEADROOM = 1.1;

    private final XYPlot plot;
    private final ChartCanvas canvas;
    private Duration length = Duration.ofMinutes(5);
    /** The end of the shown window while paused; 0 while live. */
    private long pausedAt;

    TimeWindow(XYPlot plot, ChartCanvas canvas) {
        this.plot = plot;
        this.canvas = canvas;
        Display display = canvas.control().getDisplay();
        display.timerExec(SLIDE_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (canvas.control().isDisposed()) {
                    return;
                }
                if (pausedAt == 0 && canvas.control().isVisible()
                    && System.currentTimeMillis() - canvas.renderedAt() >= millisPerPixel()) {
                    canvas.invalidate();
                }
                display.timerExec(SLIDE_MILLIS, this);
            }
        });
    }

    /** How long the axis takes to move by one pixel, but at least the timer's second (less a tenth for its jitter). */
    private long millisPerPixel() {
        int width = Math.max(1, canvas.control().getSize().x);
        return Math.max(SLIDE_MILLIS - SLIDE_MILLIS / 10, length.toMillis() / width);
    }

    Duration length() {
        return length;
    }

    void setLength(Duration length) {
        if (!CHOICES.contains(length)) {
            throw new IllegalArgumentException(NLS.bind(Messages.LiveChart_badWindow, length));
        }
        this.length = length;
        canvas.invalidate();
    }

    boolean isPaused() {
        return pausedAt != 0;
    }

    void setPaused(boolean paused) {
        pausedAt = paused ? (pausedAt != 0 ? pausedAt : System.currentTimeMillis()) : 0;
        canvas.invalidate();
    }

    long shownTo() {
        return pausedAt != 0 ? pausedAt : System.currentTimeMillis();
    }

    long shownFrom() {
        return shownTo() - length.toMillis();
    }

    /**
     * Sets the time axis to the shown window and the value axis from zero to above the highest point in it. Both are
     * set rather than auto-ranged, which would walk every point of every line again on each dataset change.
     * Lines are smoothed only while they have fewer points than the plot has pixels: denser lines look the same
     * without, at half the cost.
     */
    void apply(List<ChartLine> lines, int widthPixels) {
        long to = shownTo();
        long from = to - length.toMillis();
        plot.getDomainAxis().setRange(new Range(from, to), true, false);
        double highest = 0;
        int shown = 0;
        for (ChartLine line : lines) {
            TimeSeries series = line.series();
            int first = Points.firstAtOrAfter(series, from);
            shown = Math.max(shown, series.getItemCount() - first);
            for (int i = first; i < series.getItemCount(); i++) {
                Number value = series.getValue(i);
                if (value != null && !Double.isNaN(value.doubleValue())) {
                    highest = Math.max(highest, value.doubleValue());
                }
            }
        }
        plot.getRangeAxis().setRange(new Range(0, highest > 0 ? highest * HEADROOM : 1), true, false);
        canvas.chart().setAntiAlias(shown <= widthPixels);
    }
}
