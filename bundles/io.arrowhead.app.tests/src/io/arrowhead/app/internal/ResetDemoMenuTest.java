package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** The console starts on the demo, and Storage > Reset Demo Cluster… asks first, then opens a fresh one. */
@ExtendWith(ScreenshotOnFailure.class)
class ResetDemoMenuTest {

    private final UiDriver ui = new UiDriver().withTimeout(Duration.ofSeconds(60));

    @Test
    void resetDemoClusterAsksAndThenReplacesTheDemoGateway() {
        GatewayConnection before = ui.waitFor("the demo gateway to connect", () -> connectedDemo(null));
        Shell window = ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

        ui.menus().select(window, "Storage", "Reset Demo Cluster…");
        Shell question = ui.shell("Reset Demo Cluster");
        assertEquals(List.of("Reset", "Cancel"), ui.dialogs().buttons(question));
        ui.dialogs().close(question, "Reset");

        ui.waitFor("a fresh demo gateway to connect", () -> connectedDemo(before));
        assertFalse(ArrowheadCore.connections().all().contains(before), "the old Demo gateway is gone");
    }

    /** The connected Demo gateway other than {@code old}, or null. */
    private static GatewayConnection connectedDemo(GatewayConnection old) {
        return ArrowheadCore.connections().all().stream()
            .filter(c -> c.isDemo() && c != old && c.isConnected() && c.model() != null).findFirst().orElse(null);
    }
}
