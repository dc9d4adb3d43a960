package io.arrowhead.ui.internal.charts;

import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.swt.SWTGraphics2D;

import io.arrowhead.ui.internal.AccessibleNames;

/**
 * Draws a JFreeChart on a canvas of its own through {@link SWTGraphics2D}, double-buffered: the chart is rendered
 * into an image of the canvas size only after {@link #invalidate()} or a resize, and each paint copies that image.
 * The canvas takes focus with Tab, shows it with a focus rectangle, and speaks the name it is given.
 */
final class ChartCanvas {

    private final Canvas canvas;
    private final JFreeChart chart;
    /** Where the plot was drawn last, for mapping the pointer to data; entities are not collected (too costly). */
    private final ChartRenderingInfo info = new ChartRenderingInfo(null);
    private Runnable beforeRender = () -> { };
    private Image buffer;
    private boolean stale = true;
    private long renderedAt;

    ChartCanvas(Composite parent, JFreeChart chart, Supplier<String> name, Supplier<String> description) {
        this.chart = chart;
        canvas = new Canvas(parent, SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, event -> invalidate());
        canvas.addListener(SWT.FocusIn, event -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, event -> canvas.redraw());
        canvas.addListener(SWT.Traverse, event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT
            || event.detail == SWT.TRAVERSE_TAB_PREVIOUS || event.detail == SWT.TRAVERSE_ESCAPE);
        canvas.addListener(SWT.Dispose, event -> disposeBuffer());
        AccessibleNames.name(canvas, name);
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getDescription(AccessibleEvent event) {
                event.result = description.get();
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    JFreeChart chart() {
        return chart;
    }

    /** Runs before each render, to bring axes up to date (for instance the sliding time window). */
    void beforeRender(Runnable update) {
        this.beforeRender = update;
    }

    /** The plot's data area at the last render, in canvas coordinates. */
    Rectangle2D dataArea() {
        return info.getPlotInfo().getDataArea();
    }

    /** Marks the picture out of date and asks for a paint; the render happens once, at that paint. */
    void invalidate() {
        stale = true;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** Renders now into a fresh image of the canvas size and returns its pixels, for a PNG. */
    ImageData snapshot() {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            render(image);
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** Renders the chart into the buffer now, as a paint would; returns the buffer for measurement. */
    Image renderNow() {
        Point size = canvas.getSize();
        if (buffer == null || buffer.getBounds().width != size.x || buffer.getBounds().height != size.y) {
            disposeBuffer();
            buffer = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        }
        render(buffer);
        stale = false;
        return buffer;
    }

    private void paint(Event event) {
        Point size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        if (stale || buffer == null || buffer.getBounds().width != size.x || buffer.getBounds().height != size.y) {
            renderNow();
        }
        event.gc.drawImage(buffer, 0, 0);
        if (canvas.isFocusControl()) {
            event.gc.drawFocus(1, 1, size.x - 2, size.y - 2);
        }
    }

    /** When the chart was last rendered, in epoch milliseconds; 0 before the first render. */
    long renderedAt() {
        return renderedAt;
    }

    private void render(Image image) {
        renderedAt = System.currentTimeMillis();
        beforeRender.run();
        GC gc = new GC(image);
        // SWTGraphics2D pools the SWT colours and fonts it makes while drawing and disposes them in dispose().
        SWTGraphics2D graphics = new SWTGraphics2D(gc);
        try {
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            var bounds = image.getBounds();
            chart.draw(graphics, new Rectangle2D.Double(0, 0, bounds.width, bounds.height), info);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
    }

    private void disposeBuffer() {
        if (buffer != null) {
            buffer.dispose();
            buffer = null;
        }
    }
}
