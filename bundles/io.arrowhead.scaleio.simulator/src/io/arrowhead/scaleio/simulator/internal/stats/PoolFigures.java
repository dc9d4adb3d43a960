package io.arrowhead.scaleio.simulator.internal.stats;

/** One value per {@link PoolFigure}: a pool's, or the sum over several pools. */
final class PoolFigures {

    private static final PoolFigure[] FIGURES = PoolFigure.values();

    private final long[] values = new long[FIGURES.length];

    long get(PoolFigure figure) {
        return values[figure.ordinal()];
    }

    void set(PoolFigure figure, long value) {
        values[figure.ordinal()] = value;
    }

    void add(PoolFigures other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
    }
}
