package io.arrowhead.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.Statistics;

/**
 * The {@link Metric}s of one object at one tick; a metric whose statistics were not asked for has no value (NaN).
 * Immutable.
 */
public final class Performance {

    private final double[] values;

    private Performance(double[] values) {
        this.values = values;
    }

    /** The metrics of whatever BWC statistics the object's answer holds. */
    public static Performance of(Statistics statistics) {
        double[] values = new double[Metric.values().length];
        List<Bwc> windows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            windows.clear();
            for (String property : metric.properties()) {
                windows.add(statistics.bwc(property));
            }
            values[metric.ordinal()] = metric.of(windows);
        }
        return new Performance(values);
    }

    /** The metric's value in its {@link Metric#unit()}, or {@link Double#NaN} when there is none. */
    public double value(Metric metric) {
        return values[metric.ordinal()];
    }

    public boolean has(Metric metric) {
        return !Double.isNaN(value(metric));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Performance that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Performance[");
        for (Metric metric : Metric.values()) {
            if (has(metric)) {
                text.append(metric).append('=').append(value(metric)).append(' ').append(metric.unit()).append(", ");
            }
        }
        return text.append(']').toString();
    }
}
