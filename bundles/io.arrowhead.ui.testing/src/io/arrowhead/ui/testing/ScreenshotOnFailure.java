package io.arrowhead.ui.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that photographs the display when a test fails, before {@code @AfterEach} closes anything.
 * Register it with {@code @ExtendWith(ScreenshotOnFailure.class)}; the file is named after the test.
 */
public final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
        Path file = Screenshots.saveQuietly(new UiDriver(), name);
        if (file != null) {
            context.publishReportEntry("screenshot", file.toString());
            System.err.println("Screenshot of the failure of " + name + ": " + file);
        }
    }
}
