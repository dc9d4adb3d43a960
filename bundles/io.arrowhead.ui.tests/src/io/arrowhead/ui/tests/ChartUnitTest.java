package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.arrowhead.ui.internal.charts.ChartUnit;

/** How chart values read: binary units scaled to the value, grouped operations, latency to a tenth. */
class ChartUnitTest {

    @Test
    void operationsAreWholeAndGrouped() {
        assertEquals("12,300", ChartUnit.IOPS.format(12300));
        assertEquals("1,234,568", ChartUnit.IOPS.format(1234567.8));
        assertEquals("0", ChartUnit.IOPS.format(0));
    }

    @Test
    void bandwidthScalesByPowersOf1024() {
        assertEquals("512 KiB/s", ChartUnit.KIB_PER_SECOND.format(512));
        assertEquals("1 MiB/s", ChartUnit.KIB_PER_SECOND.format(1024));
        assertEquals("12.5 MiB/s", ChartUnit.KIB_PER_SECOND.format(12.5 * 1024));
        assertEquals("1,000 MiB/s", ChartUnit.KIB_PER_SECOND.format(1000 * 1024), "below 1024 it does not scale");
        assertEquals("2 GiB/s", ChartUnit.KIB_PER_SECOND.format(2 * 1024 * 1024));
    }

    @Test
    void sizesScaleUpToTebibytesAndBeyond() {
        assertEquals("1.5 MiB", ChartUnit.KIB.format(1536));
        assertEquals("4 TiB", ChartUnit.KIB.format(4L * 1024 * 1024 * 1024));
        assertEquals("1.2 TiB", ChartUnit.KIB.format(1.2 * 1024 * 1024 * 1024));
        assertEquals("2 PiB", ChartUnit.KIB.format(2.0 * 1024 * 1024 * 1024 * 1024));
    }

    @Test
    void latencyHasOneDecimal() {
        assertEquals("3.4 ms", ChartUnit.MILLISECONDS.format(3.44));
        assertEquals("0.0 ms", ChartUnit.MILLISECONDS.format(0));
        assertEquals("1,250.0 ms", ChartUnit.MILLISECONDS.format(1250));
    }

    @Test
    void aGapHasNoText() {
        assertEquals("", ChartUnit.IOPS.format(Double.NaN));
        assertEquals("", ChartUnit.raw(Double.NaN));
    }

    @Test
    void rawCsvValuesArePlainNumbersInTheHeadersUnit() {
        assertEquals("12300", ChartUnit.raw(12300));
        assertEquals("300.5", ChartUnit.raw(300.5));
        assertEquals("10000000000", ChartUnit.raw(1e10));
        assertEquals("0", ChartUnit.raw(-0.0));
        assertEquals("KiB/s", ChartUnit.KIB_PER_SECOND.symbol());
    }
}
