package io.arrowhead.cli.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * For a command that runs until interrupted ({@code stats --watch}, {@code exporter}): Ctrl+C or a stop signal runs
 * the JVM's shutdown hooks, and this one tells the command to stop, then gives it a moment to log out and close what
 * it holds before the process ends. Closing it (when the command is done) lets the hook return at once.
 */
public final class UntilStopped implements AutoCloseable {

    private static final Duration CLEAN_UP = Duration.ofSeconds(5);

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "arrowhead-cli stop");

    public UntilStopped() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Waits up to the time given; true once the command is to stop: a signal, or this thread interrupted. The
     * interrupt is taken as the stop and so consumed, so that the command can still wait for its logout.
     */
    public boolean awaitStop(Duration atMost) {
        try {
            return stop.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    /** Waits until the command is to stop, as {@link #awaitStop(Duration)} without a limit. */
    public void awaitStop() {
        try {
            stop.await();
        } catch (InterruptedException e) {
            // the stop itself, see above
        }
    }

    private void stopAndWait() {
        stop.countDown();
        try {
            finished.await(CLEAN_UP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running; it returns now that the command has finished
        }
    }
}
