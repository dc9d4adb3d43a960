package io.arrowhead.core.internal.stats;

import io.arrowhead.core.stats.HistoryPoints;

/**
 * One series' history in bounded memory: every tick's value for the last {@value #FINE_CAPACITY} ticks (an hour at
 * the shortest interval, 1 s; longer at longer ones), and the mean of each minute for the last
 * {@value #COARSE_CAPACITY} minutes (a day), whose older part shows before the fine points. Missing values (NaN) are
 * kept as gaps per tick and left out of a minute's mean. Thread-safe.
 */
final class SeriesHistory {

    static final int FINE_CAPACITY = 3600;
    static final int COARSE_CAPACITY = 24 * 60;
    static final long MINUTE_MILLIS = 60_000;

    private final SeriesRing fine;
    private final SeriesRing coarse;
    private long minuteStart = Long.MIN_VALUE;
    private double minuteSum;
    private int minuteCount;
    private volatile long lastSampleMillis;

    SeriesHistory() {
        this(FINE_CAPACITY, COARSE_CAPACITY);
    }

    SeriesHistory(int fineCapacity, int coarseCapacity) {
        fine = new SeriesRing(fineCapacity);
        coarse = new SeriesRing(coarseCapacity);
    }

    synchronized void add(long epochMillis, double value) {
        fine.add(epochMillis, value);
        long minute = Math.floorDiv(epochMillis, MINUTE_MILLIS) * MINUTE_MILLIS;
        if (minute != minuteStart) {
            closeMinute();
            minuteStart = minute;
        }
        if (!Double.isNaN(value)) {
            minuteSum += value;
            minuteCount++;
        }
        lastSampleMillis = epochMillis;
    }

    long lastSampleMillis() {
        return lastSampleMillis;
    }

    /** The minutes wholly before the oldest fine point, then the fine points. */
    synchronized HistoryPoints points() {
        int coarseCount = fine.size() == 0 ? coarse.size() : coarse.countAtOrBefore(fine.time(0) - MINUTE_MILLIS);
        int total = coarseCount + fine.size();
        long[] times = new long[total];
        double[] values = new double[total];
        coarse.copyOldest(coarseCount, times, values, 0);
        fine.copyOldest(fine.size(), times, values, coarseCount);
        return new HistoryPoints(times, values, coarseCount);
    }

    synchronized int fineSize() {
        return fine.size();
    }

    synchronized int coarseSize() {
        return coarse.size();
    }

    private void closeMinute() {
        if (minuteStart != Long.MIN_VALUE) {
            coarse.add(minuteStart, minuteCount == 0 ? Double.NaN : minuteSum / minuteCount);
        }
        minuteSum = 0;
        minuteCount = 0;
    }
}
