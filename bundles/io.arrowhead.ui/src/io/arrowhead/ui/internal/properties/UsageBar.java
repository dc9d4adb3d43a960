package io.arrowhead.ui.internal.properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A horizontal bar showing how full something is; it turns red above the alert level. */
final class UsageBar extends Canvas {

    private static final int HEIGHT = 12;
    private static final double ALERT_LEVEL = 0.85;

    private double fraction;

    UsageBar(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(event -> paint(event.gc));
    }

    /** Sets the used share, 0 to 1; values outside are clamped. */
    void setFraction(double value) {
        fraction = Double.isNaN(value) ? 0 : Math.clamp(value, 0, 1);
        redraw();
    }

    @Override
    public Point computeSize(int widthHint, int heightHint, boolean changed) {
        return new Point(widthHint == SWT.DEFAULT ? 200 : widthHint, heightHint == SWT.DEFAULT ? HEIGHT : heightHint);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRectangle(area);
        int used = (int) Math.round((area.width - 2) * fraction);
        gc.setBackground(getDisplay().getSystemColor(fraction > ALERT_LEVEL ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
        gc.fillRectangle(area.x + 1, area.y + 1, used, area.height - 2);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
    }
}
