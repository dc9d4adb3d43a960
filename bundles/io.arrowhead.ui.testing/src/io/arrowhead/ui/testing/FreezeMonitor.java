package io.arrowhead.ui.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

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
    private static final int FRAMES_SHOWN = 25;
    private static final int INNERMOST_FRAMES = 6;
    private static final int PLACES_SHOWN = 8;

    private final Display display;
    private final Thread uiThread;
    private final AtomicLong longestNanos = new AtomicLong();
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
        List<StackTraceElement[]> samples = longestSamples;
        if (samples.isEmpty()) {
            return "";
        }
        Map<String, Integer> seen = new HashMap<>();
        for (StackTraceElement[] sample : samples) {
            Arrays.stream(sample).map(StackTraceElement::toString).distinct()
                .forEach(frame -> seen.merge(frame, 1, Integer::sum));
        }
        Predicate<StackTraceElement> common = frame -> seen.get(frame.toString()) * 2 >= samples.size();
        // The sample with the most frames that at least half the samples share shows where the time went.
        StackTraceElement[] typical = samples.stream()
            .max(Comparator.comparingLong(sample -> Arrays.stream(sample).filter(common).count())).get();
        List<String> lines = Arrays.stream(typical).filter(common).limit(FRAMES_SHOWN)
            .map(frame -> String.format("  %3d%% %s", 100 * seen.get(frame.toString()) / samples.size(), frame))
            .toList();
        return samples.size() + " samples of the UI thread, frames in at least half of them:\n"
            + lines.stream().collect(Collectors.joining("\n")) + "\nwhere the samples were, innermost frames:\n"
            + innermost(samples);
    }

    /** The samples grouped by their innermost frames, most frequent first: where the time itself went. */
    private static String innermost(List<StackTraceElement[]> samples) {
        Map<String, Integer> places = new HashMap<>();
        for (StackTraceElement[] sample : samples) {
            String place = Arrays.stream(sample).limit(INNERMOST_FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
            places.merge(place, 1, Integer::sum);
        }
        return places.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(PLACES_SHOWN).map(e -> String.format("  %3d × %s", e.getValue(), e.getKey()))
            .collect(Collectors.joining("\n"));
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
            List<StackTraceElement[]> samples = new ArrayList<>();
            try {
                display.asyncExec(() -> {
                    synchronized (answered) {
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
                record(System.nanoTime() - posted, samples);
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
