package io.arrowhead.ui.internal.charts;

import org.jfree.data.time.TimeSeries;

/** One line of a {@link LiveChart}: its label, its role (which fixes its colour) and the points it holds. */
public final class ChartLine {

    private final String label;
    private final SeriesRole role;
    private final TimeSeries series;

    ChartLine(String label, SeriesRole role, long maximumAgeMillis) {
        this.label = label;
        this.role = role;
        this.series = new TimeSeries(label);
        series.setMaximumItemAge(maximumAgeMillis);
    }

    public String label() {
        return label;
    }

    public SeriesRole role() {
        return role;
    }

    /** The points, one per millisecond period; NaN values are gaps. Change only on the UI thread. */
    TimeSeries series() {
        return series;
    }

    /** The value of the newest point, or NaN when there is none. */
    double latest() {
        int count = series.getItemCount();
        return count == 0 ? Double.NaN : series.getValue(count - 1).doubleValue();
    }

    @Override
    public String toString() {
        return label;
    }
}
