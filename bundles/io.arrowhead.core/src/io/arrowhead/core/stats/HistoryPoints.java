package io.arrowhead.core.stats;

/**
 * A series' history, oldest first: the first {@code coarseCount} points are one-minute means of the time before the
 * fine history, the rest one point per tick. A value is {@link Double#NaN} where the tick had none.
 *
 * @param epochMillis when each point was sampled (for a minute's mean, the start of the minute)
 */
public record HistoryPoints(long[] epochMillis, double[] values, int coarseCount) {

    public static final HistoryPoints EMPTY = new HistoryPoints(new long[0], new double[0], 0);

    public HistoryPoints {
        if (epochMillis.length != values.length || coarseCount < 0 || coarseCount > values.length) {
            throw new IllegalArgumentException("Times and values must pair up.");
        }
    }

    public int size() {
        return values.length;
    }
}
