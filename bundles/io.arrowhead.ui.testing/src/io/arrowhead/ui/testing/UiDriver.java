package io.arrowhead.ui.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Entry point of the UI test driver. Tests run on their own thread (Tycho's {@code useUIThread=false}), as a person
 * sits outside the program: the UI thread keeps running its event loop, modal dialogs open and close normally, and
 * the driver reads widgets through {@link #onUi} and sends real input through {@code Display.post}.
 * <pre>
 * UiDriver ui = new UiDriver();
 * ui.menus().select(window, "Help", "About Arrowhead");
 * Shell about = ui.shell("About Arrowhead");
 * ui.dialogs().close(about, "Close");
 * </pre>
 */
public final class UiDriver {

    /** The widget data key under which production code names widgets for tests. */
    public static final String WIDGET_ID_KEY = "io.arrowhead.widgetId";

    private static final Duration DEFAULT_TIMEOUT =
        Duration.ofSeconds(Long.getLong("arrowhead.test.timeoutSeconds", 20));
    private static final long POLL_MILLIS = 20;
    private static final Duration EVIDENCE_TIMEOUT = Duration.ofSeconds(20);

    private final Display display;
    private final Duration timeout;

    public UiDriver() {
        this(Display.getDefault(), DEFAULT_TIMEOUT);
    }

    public UiDriver(Display display, Duration timeout) {
        this.display = Objects.requireNonNull(display);
        this.timeout = Objects.requireNonNull(timeout);
    }

    public Display display() {
        return display;
    }

    /** A driver with another timeout, for the rare wait that is known to be long. */
    public UiDriver withTimeout(Duration other) {
        return new UiDriver(display, other);
    }

    public WidgetFinder find(Composite root) {
        return new WidgetFinder(this, root);
    }

    public Input input() {
        return new Input(this);
    }

    /** The X server's pointer moved with xdotool, for real drags; one per gesture, as it remembers the press. */
    public SystemPointer pointer() {
        return new SystemPointer(this);
    }

    public Trees trees() {
        return new Trees(this);
    }

    public Tables tables() {
        return new Tables(this);
    }

    public Menus menus() {
        return new Menus(this);
    }

    public Dialogs dialogs() {
        return new Dialogs(this);
    }

    /**
     * Runs code on the UI thread and returns its result; failures are rethrown on the test thread. A UI thread that
     * does not answer within the timeout fails the test with the place where it is stuck, instead of hanging it.
     */
    public <T> T onUi(Supplier<T> code) {
        if (display.getThread() == Thread.currentThread()) {
            return code.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        display.asyncExec(() -> {
            try {
                result.complete(code.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The UI thread did not answer within " + timeout.toMillis() + " ms; it is at:"
                + stackOf(display.getThread()));
        } catch (ExecutionException e) {
            rethrow(e.getCause());
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the UI thread", e);
        }
    }

    public void onUi(Runnable code) {
        onUi(() -> {
            code.run();
            return null;
        });
    }

    /**
     * Starts code on the UI thread without waiting for it to finish, because it may open a modal dialog that only a
     * person (or this test) can close. Waits until the code has either finished or opened a new shell.
     */
    public void trigger(String description, Runnable code) {
        Set<Shell> before = onUi(() -> Set.of(display.getShells()));
        CompletableFuture<Void> run = new CompletableFuture<>();
        display.asyncExec(() -> {
            try {
                code.run();
                run.complete(null);
            } catch (RuntimeException | Error e) {
                run.completeExceptionally(e);
            }
        });
        waitUntil(description, () -> run.isDone() || Arrays.stream(display.getShells())
            .anyMatch(shell -> !before.contains(shell) && shell.isVisible()));
        if (run.isCompletedExceptionally()) {
            rethrow(run.exceptionNow());
        }
    }

    /** Waits until a visible shell with this title is open, and returns it. */
    public Shell shell(String title) {
        return waitFor("a shell titled '" + title + "'", () -> Arrays.stream(display.getShells())
            .filter(shell -> !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText()))
            .findFirst().orElse(null));
    }

    /** Waits until the condition, evaluated on the UI thread, holds; fails with a screenshot after the timeout. */
    public void waitUntil(String description, BooleanSupplier condition) {
        waitFor(description, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Waits until the supplier, evaluated on the UI thread, gives a value other than null, and returns it. */
    public <T> T waitFor(String description, Supplier<T> supplier) {
        requireTestThread();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = onUi(supplier);
            if (value != null) {
                return value;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + description
                    + evidence());
            }
            pause(POLL_MILLIS);
        }
    }

    /** Saves a picture of the whole display under the screenshot folder and returns its path. */
    public Path screenshot(String name) {
        return Screenshots.save(this, name);
    }

    /** Lets the UI run for a moment; only for pacing a gesture such as a drag, never to wait for state. */
    void pace(Duration duration) {
        pause(duration.toMillis());
    }

    /** Returns once the UI thread has run its event loop past everything queued before this call. */
    void settle() {
        onUi(() -> { });
    }

    /** What a timed-out wait reports besides its description: the open shells and a screenshot. */
    private String evidence() {
        UiDriver patient = timeout.compareTo(EVIDENCE_TIMEOUT) >= 0 ? this : withTimeout(EVIDENCE_TIMEOUT);
        try {
            String shells = patient.onUi(this::shellTitles);
            Path picture = Screenshots.saveQuietly(patient, "timeout-" + System.currentTimeMillis());
            return "; open shells: " + shells + (picture == null ? "" : "; screenshot: " + picture);
        } catch (AssertionError | RuntimeException e) {
            return "; the UI could not be inspected: " + e.getMessage();
        }
    }

    private String shellTitles() {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible())
            .map(s -> "'" + s.getText() + "'").collect(Collectors.joining(", "));
    }

    private void requireTestThread() {
        if (display.getThread() == Thread.currentThread()) {
            throw new IllegalStateException("Waiting on the UI thread would freeze the UI; run UI tests with useUIThread=false.");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    private static String stackOf(Thread thread) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("\n\tat ").append(frame);
        }
        return text.toString();
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        }
    }
}
