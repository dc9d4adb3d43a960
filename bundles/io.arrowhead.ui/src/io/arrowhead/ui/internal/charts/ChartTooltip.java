package io.arrowhead.ui.internal.charts;

import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.TimeSeries;

import io.arrowhead.ui.internal.Formats;

/**
 * The hover tooltip of a live chart: the time under the pointer and each line's value at the point nearest to it,
 * found by a binary search in time rather than through JFreeChart's entities, which would cost one per point. Elsewhere it tells the chart's keys.
 */
final class ChartTooltip {

    private final ChartCanvas canvas;
    private final List<ChartLine> lines;
    private final ChartUnit unit;

    ChartTooltip(ChartCanvas canvas, List<ChartLine> lines, ChartUnit unit) {
        this.canvas = canvas;
        this.lines = lines;
        this.unit = unit;
        canvas.control().addListener(SWT.MouseMove, this::update);
        canvas.control().addListener(SWT.MouseExit, event -> show(Messages.LiveChart_keys));
        canvas.control().setToolTipText(Messages.LiveChart_keys);
    }

    /** The tooltip for the pointer at x in the canvas, or null outside the plot or with no points. */
    String textAt(int x, int y) {
        Rectangle2D area = canvas.dataArea();
        if (area == null || !area.contains(x, y)) {
            return null;
        }
        XYPlot plot = canvas.chart().getXYPlot();
        long time = (long) plot.getDomainAxis().java2DToValue(x, area, RectangleEdge.BOTTOM);
        List<String> values = new ArrayList<>();
        long shownTime = Long.MIN_VALUE;
        for (ChartLine line : lines) {
            TimeSeries series = line.series();
            int index = Points.nearest(series, time);
            if (index >= 0) {
                long at = series.getTimePeriod(index).getFirstMillisecond();
                shownTime = shownTime == Long.MIN_VALUE ? at : shownTime;
                double value = series.getValue(index).doubleValue();
                String text = Double.isNaN(value) ? Messages.LiveChart_noValue : unit.format(value);
                values.add(NLS.bind(Messages.LiveChart_lineValue, line.label(), text));
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        return Formats.time(Instant.ofEpochMilli(shownTime)) + "\n" + String.join("\n", values);
    }

    private void update(Event event) {
        String values = textAt(event.x, event.y);
        show(values != null ? values : Messages.LiveChart_keys);
    }

    private void show(String text) {
        Canvas control = canvas.control();
        String current = control.getToolTipText();
        if (current == null ? text != null : !current.equals(text)) {
            control.setToolTipText(text);
        }
    }
}
