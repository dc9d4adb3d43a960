package io.arrowhead.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

import io.arrowhead.ui.testing.internal.StackSamples;

/**
 * Measures how long the UI thread stays busy, as a user would feel it: a watcher thread posts a tiny task to the
 * display every few milliseconds and records how late it runs. The longest delay bounds the longest UI-thread event
 * during the measured span. While a probe is late, the watcher also samples the UI thread's stack, so that
 * {@link #longestCause()} says what the longest event was doing. A figure for benchmarks, never for a timed assertion.
 * <pre>
 * try (FreezeMonitor freezes = FreezeMonitor.start(display)) {
 *     ... drive the UI ...
 *     long worst = freezes.longestMillis();
 * }
 * </pre>
 */
public final class FreezeMonitor implements AutoCloseable {

    private static final long PROBE_INTERVAL_MILLIS = 5;
    /** A probe this late is worth knowing the cause of. */
    private static final long SAMPLE_AFTER_MILLIS = 50;
    private static final long SAMPLE_EVERY_MILLIS = 10;

    private final Display display;
    private final Thread uiThread;
    private final AtomicLong longestNanos = new AtomicLong();
    /** When the last probe that ran was posted ({@link System#nanoTime()}). */
    private final AtomicLong answeredPostedAt = new AtomicLong(System.nanoTime() - 1);
    private final Thread watcher;
    private volatile boolean running = true;
    private volatile List<StackTraceElement[]> longestSamples = List.of();

    private FreezeMonitor(Display display) {
        this.display = display;
        this.uiThread = display.getThread();
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

    /**
     * What the UI thread ran during the longest event: the frames seen in most of its stack samples, innermost
     * first, each with the share of samples it was in; empty if no event took longer than 50 ms.
     */
    public String longestCause() {
        return new StackSamples(longestSamples).cause();
    }

    /**
     * One line saying where the UI thread was during the longest event: the innermost frame most samples share, then
     * the Arrowhead frames that say whose work it was (console or test code), or else the frame most samples were
     * in; empty as for {@link #longestCause()}.
     */
    public String longestWhere() {
        return new StackSamples(longestSamples).where();
    }

    /**
     * Waits until a probe posted after this call has run, so that an event in progress now is measured in full;
     * gives up after the timeout. Returns whether the probe ran.
     */
    public boolean awaitProbe(Duration timeout) throws InterruptedException {
        long since = System.nanoTime();
        while (answeredPostedAt.get() - since < 0) {
            if (System.nanoTime() - since > timeout.toNanos() || !watcher.isAlive()) {
                return false;
            }
            Thread.sleep(PROBE_INTERVAL_MILLIS);
        }
        return true;
    }

    /** Starts a new measurement span. */
    public void reset() {
        longestNanos.set(0);
        longestSamples = List.of();
    }

    private void watch() {
        while (running && !display.isDisposed()) {
            Object answered = new Object();
            long posted = System.nanoTime();
            boolean[] ran = {false};
            // when the probe ran, taken on the UI thread: a late wake-up of this watcher does not count
            long[] ranAt = {0};
            List<StackTraceElement[]> samples = new ArrayList<>();
            try {
                display.asyncExec(() -> {
                    synchronized (answered) {
                        ranAt[0] = System.nanoTime();
                        ran[0] = true;
                        answered.notifyAll();
                    }
                });
                synchronized (answered) {
                    while (!ran[0] && running) {
                        answered.wait(SAMPLE_EVERY_MILLIS);
                        if (!ran[0] && System.nanoTime() - posted > SAMPLE_AFTER_MILLIS * 1_000_000) {
                            samples.add(uiThread.getStackTrace());
                        }
                    }
                }
                record((ran[0] ? ranAt[0] : System.nanoTime()) - posted, samples);
                answeredPostedAt.set(posted);
                Thread.sleep(PROBE_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (SWTException e) {
                return; // the display was disposed under us
            }
        }
    }

    private void record(long waitedNanos, List<StackTraceElement[]> samples) {
        long before = longestNanos.getAndAccumulate(waitedNanos, Math::max);
        if (waitedNanos > before) {
            longestSamples = List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
