package io.arrowhead.ui.internal.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Date;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Draws one chart off screen, on a background thread, once per session. The first chart drawn in a JVM loads
 * JFreeChart's and Java 2D's classes, reads the fonts and starts the text shaper; on the UI thread that held the
 * window still for about half a second when the first dashboard painted. Afterwards only the SWT side of a paint
 * is left to the UI thread.
 */
public final class ChartWarmUp implements IStartup {

    private static final Object LOCK = new Object();
    private static boolean done;

    /** Runs as a workbench startup, off the UI thread. */
    @Override
    public void earlyStartup() {
        ensure();
    }

    /** Draws the chart unless that happened already; waits while another thread draws it. Never on the UI thread. */
    public static void ensure() {
        synchronized (LOCK) {
            if (done) {
                return;
            }
            done = true;
            try {
                drawOffScreen();
            } catch (RuntimeException | LinkageError e) {
                // Only a lost head start: the first real chart does the same work on the UI thread.
                ILog.of(ChartWarmUp.class).warn("The charts could not be prepared in the background: " + e, e);
            }
        }
    }

    private static void drawOffScreen() {
        ChartStyle.useHeadlessAwt();
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        long now = System.currentTimeMillis();
        for (SeriesRole role : SeriesRole.values()) {
            TimeSeries series = new TimeSeries(role.name());
            for (int second = 0; second < 60; second++) {
                series.add(new Millisecond(new Date(now - 1000L * (60 - second))), second * 12.5);
            }
            dataset.addSeries(series);
        }
        XYPlot plot = new XYPlot(dataset, new DateAxis(), ChartStyle.valueAxis(ChartUnit.IOPS),
            new DecimatingLineRenderer());
        JFreeChart chart = new JFreeChart("IOPS", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.addSubtitle(new TextTitle("warm-up"));
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
        } finally {
            graphics.dispose();
        }
    }
}
