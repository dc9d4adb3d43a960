package io.arrowhead.ui.internal.charts;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/** A horizontal limit line on a live chart, such as a QoS ceiling, labelled with its value and kept in view. */
final class LimitLine {

    private static final double HEADROOM = 1.1;

    private final XYPlot plot;
    private final ChartUnit unit;
    private ValueMarker marker;
    private String label;

    LimitLine(XYPlot plot, ChartUnit unit) {
        this.plot = plot;
        this.unit = unit;
    }

    /** Shows the limit at the value, or removes it for NaN. */
    void set(String label, double value) {
        if (marker != null) {
            plot.removeRangeMarker(0, marker, Layer.FOREGROUND, false);
            marker = null;
        }
        this.label = label;
        if (Double.isNaN(value)) {
            return;
        }
        marker = new ValueMarker(value, SeriesRole.LIMIT.paint(), SeriesRole.LIMIT.stroke());
        marker.setLabel(NLS.bind(Messages.LiveChart_lineValue, label, unit.format(value)));
        marker.setLabelPaint(SeriesRole.LIMIT.paint());
        marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        marker.setLabelFont(plot.getRangeAxis().getTickLabelFont());
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(0, marker, Layer.FOREGROUND, false);
    }

    /** "QoS limit 500", for the chart's accessible name; {@code null} when there is no limit. */
    String spoken() {
        return marker == null ? null : NLS.bind(Messages.LiveChart_lineValue, label, unit.format(marker.getValue()));
    }

    /** The limit's value, or NaN when there is none. */
    double value() {
        return marker == null ? Double.NaN : marker.getValue();
    }

    /** After the value axis fitted the points, raises it so that a limit above them still shows. */
    void keepVisible() {
        if (marker == null) {
            return;
        }
        Range range = plot.getRangeAxis().getRange();
        if (range.getUpperBound() < marker.getValue() * HEADROOM) {
            plot.getRangeAxis().setRange(new Range(range.getLowerBound(), marker.getValue() * HEADROOM), false, false);
        }
    }
}
