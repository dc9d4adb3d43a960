package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void convertsBetweenGibAndKib() {
        assertEquals(16777216L, Sizes.gibToKib(16));
        assertEquals(16.0, Sizes.kibToGib(16777216L));
        assertEquals(0.5, Sizes.kibToGib(524288L));
        assertThrows(ArithmeticException.class, () -> Sizes.gibToKib(Long.MAX_VALUE / 1024));
    }

    @ParameterizedTest
    @CsvSource({ "0, 8", "1, 8", "8, 8", "9, 16", "10, 16", "16, 16", "17, 24", "1048576, 1048576" })
    void roundsGibUpToTheAllocationUnit(long requested, long allocated) {
        assertEquals(allocated, Sizes.roundUpToAllocationUnitGib(requested));
    }

    @ParameterizedTest
    @CsvSource({ "1, 8388608", "8388608, 8388608", "8388609, 16777216", "10485760, 16777216" })
    void roundsKibUpToTheAllocationUnit(long requested, long allocated) {
        assertEquals(allocated, Sizes.roundUpToAllocationUnitKib(requested));
    }

    @Test
    void refusesNegativeSizes() {
        assertThrows(IllegalArgumentException.class, () -> Sizes.roundUpToAllocationUnitGib(-1));
        assertThrows(IllegalArgumentException.class, () -> Sizes.roundUpToAllocationUnitKib(-1));
    }
}
