package io.arrowhead.ui.testing;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays busy, as a user would feel it: a watcher thread posts a tiny task to the
 * display every few milliseconds and records how late it runs. The longest delay bounds the longest UI-thread event
 * during the measured span. A figure for benchmarks, never for a timed assertion.
 * <pre>
 * try (FreezeMonitor freezes = FreezeMonitor.start(display)) {
 *     ... drive the UI ...
 *     long worst = freezes.longestMillis();
 * }
 * </pre>
 */
public final class FreezeMonitor implements AutoCloseable {

    private static final long PROBE_INTERVAL_MILLIS = 5;

    private final Display display;
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread watcher;
    private volatile boolean running = true;

    private FreezeMonitor(Display display) {
        this.display = display;
        this.watcher = new Thread(this::watch, "arrowhead-freeze-monitor");
        watcher.setDaemon(true);
    }

    public static FreezeMonitor start(Display display) {
        FreezeMonitor monitor = new FreezeMonitor(display);
        monitor.watcher.start();
        return monitor;
    }

    /** The longest time a probe waited for the UI thread so far, in milliseconds. */
    public long longestMillis() {
        return longestNanos.get() / 1_000_000;
    }

    /** Starts a new measurement span. */
    public void reset() {
        longestNanos.set(0);
    }

    private void watch() {
        while (running && !display.isDisposed()) {
            Object answered = new Object();
            long posted = System.nanoTime();
            boolean[] ran = {false};
            try {
                display.asyncExec(() -> {
                    synchronized (answered) {
                        ran[0] = true;
                        answered.notifyAll();
                    }
                });
                synchronized (answered) {
                    while (!ran[0] && running) {
                        answered.wait(100);
                        longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    }
                }
                longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                Thread.sleep(PROBE_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (org.eclipse.swt.SWTException e) {
                return; // the display was disposed under us
            }
        }
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
