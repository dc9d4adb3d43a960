package io.arrowhead.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;

/** What a line shows, which fixes its colour and stroke in every chart: read is always blue, write always orange. */
public enum SeriesRole {
    READ(new Color(0x1f, 0x77, 0xb4)),
    WRITE(new Color(0xe6, 0x7e, 0x22)),
    TOTAL(new Color(0x2c, 0xa0, 0x2c)),
    /** A limit such as a QoS ceiling: a dashed red line. */
    LIMIT(new Color(0xd6, 0x27, 0x28)),
    OTHER(new Color(0x7f, 0x4f, 0xa0));

    private static final float LINE_WIDTH = 1.5f;

    private final Color colour;

    SeriesRole(Color colour) {
        this.colour = colour;
    }

    public Paint paint() {
        return colour;
    }

    public Stroke stroke() {
        if (this == LIMIT) {
            return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        }
        return new BasicStroke(LINE_WIDTH);
    }
}
