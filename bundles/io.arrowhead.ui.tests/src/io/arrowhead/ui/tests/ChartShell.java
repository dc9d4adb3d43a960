package io.arrowhead.ui.tests;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.ui.testing.UiDriver;

/** A plain shell holding one chart widget, for tests of the charts outside the workbench's editors. */
final class ChartShell<T> {

    private final UiDriver ui;
    private final Shell shell;
    private final T chart;

    /** Opens a shell of the size on the UI thread and builds the chart in it. */
    ChartShell(UiDriver ui, int width, int height, Function<Composite, T> build, Function<T, Control> control) {
        this.ui = ui;
        Object[] made = ui.onUi(() -> {
            Shell opened = new Shell(ui.display(), SWT.SHELL_TRIM);
            opened.setText("Chart test");
            GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(opened);
            T built = build.apply(opened);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(control.apply(built));
            opened.setSize(width, height);
            opened.open();
            opened.layout(true, true);
            return new Object[] {opened, built};
        });
        shell = (Shell) made[0];
        @SuppressWarnings("unchecked")
        T typed = (T) made[1];
        chart = typed;
    }

    T chart() {
        return chart;
    }

    Shell shell() {
        return shell;
    }

    /** The canvas the chart draws on. */
    Canvas canvas() {
        return ui.find(shell).all(Canvas.class).stream().filter(c -> c.getClass() == Canvas.class).findFirst()
            .orElseThrow();
    }

    /** Asks the canvas to paint and waits until it has, so that a screenshot shows the chart's latest state. */
    void paintNow() {
        Canvas canvas = canvas();
        AtomicBoolean painted = new AtomicBoolean();
        Listener listener = event -> painted.set(true);
        ui.onUi(() -> {
            canvas.addListener(SWT.Paint, listener);
            canvas.redraw();
        });
        try {
            ui.waitUntil("the chart to paint", painted::get);
        } finally {
            ui.onUi(() -> canvas.removeListener(SWT.Paint, listener));
        }
    }

    void close() {
        ui.onUi(() -> {
            if (!shell.isDisposed()) {
                shell.dispose();
            }
        });
    }
}
