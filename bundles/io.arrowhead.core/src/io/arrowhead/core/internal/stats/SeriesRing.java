package io.arrowhead.core.internal.stats;

import java.util.Arrays;

/**
 * A bounded ring of (time, value) points in two primitive arrays, oldest first once full. The arrays start small and
 * double up to the capacity, so a series that lived a few minutes costs a few minutes' worth. Not thread-safe.
 */
final class SeriesRing {

    private static final int INITIAL_LENGTH = 64;

    private final int capacity;
    private long[] times;
    private double[] values;
    /** Index of the oldest point; stays 0 until the ring is full, since it only wraps at its capacity. */
    private int start;
    private int size;

    SeriesRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A ring holds at least one point, not " + capacity + ".");
        }
        this.capacity = capacity;
        int length = Math.min(capacity, INITIAL_LENGTH);
        times = new long[length];
        values = new double[length];
    }

    void add(long epochMillis, double value) {
        if (size == times.length && times.length < capacity) {
            int length = (int) Math.min(capacity, 2L * times.length);
            times = Arrays.copyOf(times, length);
            values = Arrays.copyOf(values, length);
        }
        if (size < times.length) {
            times[size] = epochMillis;
            values[size] = value;
            size++;
        } else {
            times[start] = epochMillis;
            values[start] = value;
            start = (start + 1) % times.length;
        }
    }

    int size() {
        return size;
    }

    int capacity() {
        return capacity;
    }

    /** The time of the i-th point, oldest first. */
    long time(int i) {
        return times[(start + i) % times.length];
    }

    double value(int i) {
        return values[(start + i) % values.length];
    }

    /** How many of the oldest points are at or before the time. */
    int countAtOrBefore(long epochMillis) {
        int count = 0;
        while (count < size && time(count) <= epochMillis) {
            count++;
        }
        return count;
    }

    /** Copies the oldest {@code count} points into the arrays from {@code offset}. */
    void copyOldest(int count, long[] toTimes, double[] toValues, int offset) {
        for (int i = 0; i < count; i++) {
            toTimes[offset + i] = time(i);
            toValues[offset + i] = value(i);
        }
    }
}
