package io.arrowhead.ui.internal.charts;

import java.util.Date;
import java.util.TimeZone;

import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;

/** Changes a line's points without notifying listeners; the chart fires one change per line and batch. */
final class Points {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Points() {
    }

    static Millisecond at(long epochMillis) {
        return new Millisecond(new Date(epochMillis), UTC, java.util.Locale.ROOT);
    }

    /** Adds the point, or replaces the value at that time; aged points drop out as the series' maximum age says. */
    static void put(TimeSeries series, long epochMillis, double value) {
        Millisecond period = at(epochMillis);
        int last = series.getItemCount() - 1;
        if (last < 0 || series.getTimePeriod(last).getFirstMillisecond() < epochMillis) {
            series.add(period, value, false);
            return;
        }
        int index = series.getIndex(period);
        if (index >= 0) {
            series.delete(index, index, false);
        }
        series.add(period, value, false);
    }

    static void replace(TimeSeries series, long[] epochMillis, double[] values) {
        if (series.getItemCount() > 0) {
            series.delete(0, series.getItemCount() - 1, false);
        }
        for (int i = 0; i < epochMillis.length; i++) {
            put(series, epochMillis[i], values[i]);
        }
    }

    /** The index of the first point at or after the time; the item count when there is none. */
    static int firstAtOrAfter(TimeSeries series, long epochMillis) {
        int index = series.getIndex(at(epochMillis));
        return index >= 0 ? index : -index - 1;
    }

    /** The index of the point nearest in time, or -1 for an empty series. */
    static int nearest(TimeSeries series, long epochMillis) {
        int count = series.getItemCount();
        if (count == 0) {
            return -1;
        }
        int index = series.getIndex(at(epochMillis));
        if (index >= 0) {
            return index;
        }
        int after = -index - 1;
        if (after >= count) {
            return count - 1;
        }
        if (after == 0) {
            return 0;
        }
        long before = epochMillis - series.getTimePeriod(after - 1).getFirstMillisecond();
        long later = series.getTimePeriod(after).getFirstMillisecond() - epochMillis;
        return before <= later ? after - 1 : after;
    }
}
