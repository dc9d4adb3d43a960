package io.arrowhead.demo.internal;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;

import io.arrowhead.demo.Demo;

/**
 * The demo as the console starts it (through the application's {@code io.arrowhead.app.demo} extension point, which
 * creates this class only when the demo is wanted): opens the demo, or with {@value #RESET_DEMO} throws its saved
 * state away first; closing stops it.
 */
public final class DemoStartup implements IStartup, AutoCloseable {

    static final String RESET_DEMO = "--reset-demo";

    @Override
    public void earlyStartup() {
        Demo.open(List.of(Platform.getApplicationArgs()).contains(RESET_DEMO));
    }

    @Override
    public void close() {
        Demo.close();
    }
}
