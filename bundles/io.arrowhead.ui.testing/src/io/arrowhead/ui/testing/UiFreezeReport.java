package io.arrowhead.ui.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import io.arrowhead.ui.testing.internal.FreezeFile;

/**
 * JUnit 5 extension that measures the longest UI-thread event of every test with a {@link FreezeMonitor}, from
 * before its {@code @BeforeEach} methods to after its {@code @AfterEach} ones, and reports it: a line on the output, a
 * row of {@code target/ui-figures/freezes.tsv} ({@code releng/ui-tests/freeze-report.sh} sums the rows up for
 * docs/benchmarks.md) and, for an event over 100 ms, its cause in {@code target/ui-figures/freezes/}. A figure, never
 * an assertion: it does not fail a test. The UI test fragments apply it to all their tests through JUnit's extension
 * autodetection (their {@code junit-platform.properties} and {@code META-INF/services}).
 */
public final class UiFreezeReport implements BeforeEachCallback, AfterEachCallback {

    /** The longest UI-thread event of one test and, if it took over 50 ms, where the UI thread was meanwhile. */
    public record Freeze(String testClass, String test, long longestMillis, String where) {
    }

    private static final Namespace NAMESPACE = Namespace.create(UiFreezeReport.class);
    /** How long a test's last event may still run after the test before it is reported unfinished. */
    private static final Duration LAST_EVENT_TIMEOUT = Duration.ofSeconds(5);
    private static final List<Freeze> RECORDED = new CopyOnWriteArrayList<>();

    /** What this extension recorded in this test run so far, oldest first. */
    public static List<Freeze> recorded() {
        return List.copyOf(RECORDED);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        try {
            context.getStore(NAMESPACE).put(FreezeMonitor.class, FreezeMonitor.start(Display.getDefault()));
        } catch (RuntimeException e) {
            warn(context, e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FreezeMonitor monitor = context.getStore(NAMESPACE).remove(FreezeMonitor.class, FreezeMonitor.class);
        if (monitor == null) {
            return;
        }
        try (monitor) {
            String unfinished = monitor.awaitProbe(LAST_EVENT_TIMEOUT) ? ""
                : "(an event still ran " + LAST_EVENT_TIMEOUT.toSeconds() + " s after the test) ";
            Freeze freeze = new Freeze(context.getRequiredTestClass().getName(), testName(context),
                monitor.longestMillis(), unfinished + monitor.longestWhere());
            RECORDED.add(freeze);
            System.out.println("Longest UI-thread event of " + context.getRequiredTestClass().getSimpleName() + "."
                + freeze.test() + ": " + freeze.longestMillis() + " ms"
                + (freeze.where().isEmpty() ? "" : " at " + freeze.where()));
            FreezeFile.append(freeze.testClass(), freeze.test(), freeze.longestMillis(), freeze.where(),
                monitor.longestCause());
        } catch (IOException | RuntimeException e) {
            warn(context, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The method's name, with the display name of a parameterized or renamed invocation. */
    private static String testName(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        String shown = context.getDisplayName();
        return shown.startsWith(method + "(") ? method : method + " " + shown;
    }

    private static void warn(ExtensionContext context, Exception e) {
        System.err.println("The UI freeze report of " + context.getDisplayName() + " is missing: " + e);
    }
}
