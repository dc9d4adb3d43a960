package io.arrowhead.core.internal.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Measures, on the heap, what 100 series of a full hour at the shortest interval (1 s) retain, and prints it; the
 * budget is 32 MiB. The figure is the heap in use after collections, with and without the series, so it includes
 * every array, ring and header; the printed line is the number to quote.
 */
class StatisticsHistoryMemoryTest {

    private static final int SERIES = 100;
    private static final int SECONDS = 3600;
    private static final long BUDGET = 32L * 1024 * 1024;

    @Test
    void hundredSeriesOfAnHourAtOneSecondFitTheBudget() {
        assertFits(SECONDS, "an hour");
    }

    /** A day of 1 s ticks: both rings full, the most a series ever holds. */
    @Test
    void hundredSeriesAtTheirBoundFitTheBudget() {
        assertFits(24 * SECONDS, "a day, at the bound");
    }

    private static void assertFits(int ticks, String span) {
        long before = settledHeap();
        List<SeriesHistory> series = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            SeriesHistory history = new SeriesHistory();
            for (int second = 0; second < ticks; second++) {
                history.add(1_700_000_000_000L + second * 1000L, s + second);
            }
            series.add(history);
        }
        long retained = settledHeap() - before;

        System.out.printf("Statistics history: %d series x %d ticks of 1 s (%s) retain %d bytes (%.2f MiB,"
            + " %.1f KiB a series)%n", SERIES, ticks, span, retained, retained / 1048576.0, retained / 1024.0 / SERIES);
        assertTrue(retained > 0 && series.size() == SERIES, "measured something");
        assertTrue(retained <= BUDGET, retained + " bytes exceed the 32 MiB budget");
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
