package io.arrowhead.ui.internal.charts;

import java.awt.Color;
import java.awt.Paint;

/** What a part of a capacity bar is, which fixes its colour on every bar. */
public enum CapacityKind {
    THICK(new Color(0x1f, 0x4e, 0x8c)),
    THIN(new Color(0x4a, 0x90, 0xd9)),
    SNAPSHOT(new Color(0x8e, 0x6c, 0xc8)),
    SPARE(new Color(0xa0, 0xa0, 0xa0)),
    FREE(new Color(0xd9, 0xee, 0xd0)),
    /** Space thin volumes may claim beyond the physical capacity: drawn past 100 %. */
    OVERPROVISIONED(new Color(0xe0, 0x8a, 0x3c));

    private final Color colour;

    CapacityKind(Color colour) {
        this.colour = colour;
    }

    public Paint paint() {
        return colour;
    }

    /** Whether the part is space in use: thick, thin or snapshot data. */
    public boolean inUse() {
        return this == THICK || this == THIN || this == SNAPSHOT;
    }
}
