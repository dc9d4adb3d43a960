package io.arrowhead.ui.internal.charts;

import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * The time a chart shows: a window of 1, 5, 15 or 60 minutes ending now, which keeps sliding between points (a
 * timer redraws each second) until paused; paused, it stays where it was.
 */
final class TimeWindow {

    static final List<Duration> CHOICES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
        Duration.ofMinutes(15), Duration.ofHours(1));
    private static final int SLIDE_MILLIS = 1000;

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
                if (pausedAt == 0 && canvas.control().isVisible()) {
                    canvas.invalidate();
                }
                display.timerExec(SLIDE_MILLIS, this);
            }
        });
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

    /** Sets the time axis to the shown window and lets the value axis fit the points in it. */
    void apply() {
        long to = shownTo();
        plot.getDomainAxis().setRange(new Range(to - length.toMillis(), to), true, false);
        plot.getRangeAxis().configure();
    }
}
