package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The console started with {@code --no-demo} (see this bundle's pom): the demo bundle is there, and its Reset Demo
 * command in the Storage menu, but none of its classes was loaded. A lazy bundle becomes ACTIVE with its first class,
 * which the end of the test shows, so the check would see a class the start had loaded.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NoDemoTest {

    private static final String DEMO_BUNDLE = "io.arrowhead.demo";

    private final UiDriver ui = new UiDriver();

    @Test
    void theConsoleStartsWithoutLoadingAnyClassOfTheDemo() throws Exception {
        ui.waitUntil("the workbench to finish starting", () -> !PlatformUI.getWorkbench().isStarting()
            && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        Bundle demo = Platform.getBundle(DEMO_BUNDLE);
        assertNotNull(demo, "the demo bundle is installed");
        assertNotNull(demo.adapt(BundleWiring.class), "the demo bundle is resolved");
        assertNotEquals(Bundle.ACTIVE, demo.getState(), "no class of the demo was loaded at start");

        Shell window = ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        List<String> storage = ui.menus().labels(window, "Storage");
        assertTrue(storage.contains("Reset Demo Cluster…"), "the demo contributes its command: " + storage);
        assertTrue(ArrowheadCore.connections().all().stream().noneMatch(GatewayConnection::isDemo), "no Demo gateway");
        assertNotEquals(Bundle.ACTIVE, demo.getState(), "showing its menu item loaded no class of the demo");

        demo.loadClass("io.arrowhead.demo.Demo");
        assertEquals(Bundle.ACTIVE, demo.getState(), "loading one class of the demo activates it");
    }
}
