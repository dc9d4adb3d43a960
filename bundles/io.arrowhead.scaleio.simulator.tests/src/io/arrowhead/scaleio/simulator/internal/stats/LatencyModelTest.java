package io.arrowhead.scaleio.simulator.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyModelTest {

    @Test
    void latencyRisesWithLoadSizeThrottlingAndRebuildsAndHddIsSlowerThanSsd() {
        long quiet = LatencyModel.micros(true, false, 10, 8, 1);
        assertTrue(quiet > 100 && quiet < 1000, quiet + " µs");
        assertTrue(LatencyModel.micros(true, false, 20_000, 8, 1) > quiet);
        assertTrue(LatencyModel.micros(true, false, 10, 256, 1) > quiet);
        assertTrue(LatencyModel.micros(true, false, 10, 8, 3) > quiet);
        assertTrue(LatencyModel.micros(false, false, 10, 8, 1) > 10 * quiet);
        assertTrue(LatencyModel.micros(true, true, 10, 8, 1) > quiet);
        assertEquals(quiet, LatencyModel.micros(true, false, 10, 8, 1, false));
        assertTrue(LatencyModel.micros(true, false, 10, 8, 1, true) > quiet, "a rebuild slows user I/O");
    }
}
