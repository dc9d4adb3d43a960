package io.arrowhead.ui.internal.dashboard;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.ui.internal.charts.CapacityKind;
import io.arrowhead.ui.internal.charts.CapacityPart;

/**
 * A capacity bar's parts from the capacity statistics of a system or pool, in raw KiB (both mirror copies): in use by
 * thick volumes, thin volumes and snapshots, the spare reserve, and what is free. Thin volumes may be promised more
 * than the pool holds; the promise beyond the usable space is its own part, past the end of the bar.
 */
final class CapacityFigures {

    /** The statistics the parts are made of. */
    static final String[] PROPERTIES = {"maxCapacityInKb", "spareCapacityInKb", "capacityInUseInKb",
        "unusedCapacityInKb", "thickCapacityInUseInKb", "thinCapacityInUseInKb", "thinCapacityAllocatedInKb",
        "snapCapacityInUseOccupiedInKb"};

    private CapacityFigures() {
    }

    /** The total the parts are shares of; 0 when the statistics do not say. */
    static long total(Capacity capacity) {
        return value(capacity.maxCapacityInKb());
    }

    static List<CapacityPart> parts(Capacity capacity) {
        List<CapacityPart> parts = new ArrayList<>();
        add(parts, Messages.Capacity_thick, capacity.thickCapacityInUseInKb(), CapacityKind.THICK);
        add(parts, Messages.Capacity_thin, capacity.thinCapacityInUseInKb(), CapacityKind.THIN);
        add(parts, Messages.Capacity_snapshots, capacity.snapCapacityInUseOccupiedInKb(), CapacityKind.SNAPSHOT);
        add(parts, Messages.Capacity_spare, capacity.spareCapacityInKb(), CapacityKind.SPARE);
        add(parts, Messages.Capacity_free, capacity.unusedCapacityInKb(), CapacityKind.FREE);
        long usable = total(capacity) - value(capacity.spareCapacityInKb());
        long promised = value(capacity.thinCapacityAllocatedInKb()) + value(capacity.thickCapacityInUseInKb());
        if (usable > 0 && promised > usable) {
            parts.add(new CapacityPart(Messages.Capacity_overprovisioned, promised - usable,
                CapacityKind.OVERPROVISIONED));
        }
        return parts;
    }

    private static void add(List<CapacityPart> parts, String label, Long kib, CapacityKind kind) {
        if (kib != null && kib > 0) {
            parts.add(new CapacityPart(label, kib, kind));
        }
    }

    private static long value(Long kib) {
        return kib == null ? 0 : kib;
    }
}
