package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.internal.charts.CapacityBar;
import io.arrowhead.ui.internal.charts.CapacityKind;
import io.arrowhead.ui.internal.charts.CapacityPart;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** A pool's capacity bar: the figures it speaks, and over-provisioning drawn past the physical capacity. */
@ExtendWith(ScreenshotOnFailure.class)
class CapacityBarTest {

    private static final long TIB = 1024L * 1024 * 1024;

    private final UiDriver ui = new UiDriver();
    private ChartShell<CapacityBar> window;
    private CapacityBar bar;

    @BeforeEach
    void open() {
        window = new ChartShell<>(ui, 900, 200, parent -> new CapacityBar(parent, "sp-ssd-01"),
            CapacityBar::getControl);
        bar = window.chart();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theNameStatesUseFreeAndOverProvisioning() {
        assertEquals("sp-ssd-01 capacity: no data yet", ui.onUi(() -> AccessibleNames.of(window.canvas())));
        ui.onUi(() -> bar.setCapacity(List.of(
            new CapacityPart("Thick", (long) (0.4 * TIB), CapacityKind.THICK),
            new CapacityPart("Thin", (long) (0.6 * TIB), CapacityKind.THIN),
            new CapacityPart("Snapshots", (long) (0.2 * TIB), CapacityKind.SNAPSHOT),
            new CapacityPart("Spare", (long) (0.7 * TIB), CapacityKind.SPARE),
            new CapacityPart("Free", (long) (2.1 * TIB), CapacityKind.FREE),
            new CapacityPart("Over-provisioned", 2 * TIB, CapacityKind.OVERPROVISIONED)), 4 * TIB));
        assertEquals("sp-ssd-01 capacity: 1.2 TiB in use of 4 TiB, 2.1 TiB free, over-provisioned 150 %",
            ui.onUi(() -> AccessibleNames.of(window.canvas())));

        CategoryPlot plot = ui.onUi(() -> bar.chart().getCategoryPlot());
        Collection<?> markers = ui.onUi(() -> plot.getRangeMarkers(Layer.FOREGROUND));
        assertEquals(1, markers.size(), "a line marks the physical capacity");
        assertEquals(4.0 * TIB, ((ValueMarker) markers.iterator().next()).getValue());
        assertEquals(6, ui.onUi(() -> plot.getDataset().getRowCount()));
        assertEquals(CapacityKind.OVERPROVISIONED.paint(), ui.onUi(() -> plot.getRenderer().getSeriesPaint(5)));
        ui.onUi(() -> bar.chart().getCategoryPlot().getRangeAxis().configure());
        assertTrue(ui.onUi(() -> plot.getRangeAxis().getUpperBound()) >= 6.0 * TIB, "the bar runs past 100 %");
        window.paintNow();
        ui.screenshot("capacity-bar-over-provisioned");
    }

    @Test
    void aPoolWithinItsCapacityHasNoOverProvisioning() {
        ui.onUi(() -> bar.setCapacity(List.of(
            new CapacityPart("Thick", TIB, CapacityKind.THICK),
            new CapacityPart("Free", 3 * TIB, CapacityKind.FREE)), 4 * TIB));
        assertEquals("sp-ssd-01 capacity: 1 TiB in use of 4 TiB, 3 TiB free",
            ui.onUi(() -> AccessibleNames.of(window.canvas())));
        Collection<?> markers = ui.onUi(() -> bar.chart().getCategoryPlot().getRangeMarkers(Layer.FOREGROUND));
        assertTrue(markers == null || markers.isEmpty());
    }
}
