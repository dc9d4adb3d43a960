package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.internal.startup.ReconnectAtStart;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The gateways saved by the last run connect when the console starts, unless the preference says not to. A restart
 * is played by loading the saved gateways afresh, as the next run would, and running the startup on them.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReconnectAtStartTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "reconnect-secret";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final SavedGateways gateways = new SavedGateways(console);
    private GatewayConnections restarted;

    @AfterEach
    void cleanUp() throws Exception {
        console.closeStrayShells();
        if (restarted != null) {
            restarted.dispose();
        }
        gateways.close();
        ConsolePreferences.node().remove(ConsolePreferences.RECONNECT_AT_START);
        ConsolePreferences.node().flush();
    }

    @Test
    void savedGatewaysConnectAtStartByDefault() throws Exception {
        gateways.add("Reconnect On", gateways.start(USER, PASSWORD), USER, PASSWORD);
        restarted = gateways.reloaded();
        GatewayConnection gateway = saved(restarted, "Reconnect On");
        assertEquals(ConnectionState.DISCONNECTED, gateway.state(), "a console starts with its gateways disconnected");

        assertNotNull(ReconnectAtStart.start(restarted), "reconnecting at start is on by default");

        ui.waitUntil("the saved gateway to connect at start", () -> gateway.state() == ConnectionState.CONNECTED);
        assertNotNull(gateway.model(), "its cluster is loaded");
    }

    @Test
    void turnedOffOnThePreferencePageSavedGatewaysStayDisconnected() throws Exception {
        gateways.add("Reconnect Off", gateways.start(USER, PASSWORD), USER, PASSWORD);
        Shell preferences = openPreferences();
        Button reconnect = ui.find(preferences).withId(Button.class, "preferences.reconnectAtStart");
        assertTrue(ui.onUi(reconnect::getSelection), "the box is ticked by default");
        ui.input().click(reconnect);
        ui.dialogs().close(preferences, "Apply and Close");
        assertFalse(ConsolePreferences.reconnectAtStart());

        restarted = gateways.reloaded();
        GatewayConnection gateway = saved(restarted, "Reconnect Off");
        assertNull(ReconnectAtStart.start(restarted), "nothing is scheduled");

        assertEquals(List.of(), Arrays.asList(Job.getJobManager().find(gateway)), "no job for the gateway");
        assertEquals(ConnectionState.DISCONNECTED, gateway.state());
    }

    @Test
    void aGatewayThatDoesNotAnswerFailsOnItsNodeWithoutADialog() throws Exception {
        GatewaySimulator simulator = gateways.start(USER, PASSWORD);
        gateways.add("Reconnect Gone", simulator, USER, PASSWORD);
        simulator.close();
        restarted = gateways.reloaded();
        GatewayConnection gateway = saved(restarted, "Reconnect Gone");

        ReconnectAtStart.start(restarted).join();
        Job.getJobManager().join(gateway, null);

        assertEquals(ConnectionState.FAILED, gateway.state());
        assertNotNull(gateway.lastError(), "the node has the reason to show");
        // An error dialog would open on the UI thread right after the job; give it ample time to appear.
        Thread.sleep(2000);
        Shell window = console.window();
        assertEquals(List.of(), ui.onUi(() -> Arrays.stream(ui.display().getShells())
            .filter(shell -> shell.isVisible() && shell != window).map(Shell::getText).toList()),
            "no dialog opened");
    }

    private static GatewayConnection saved(GatewayConnections connections, String name) {
        return connections.restored().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Window > Preferences > Arrowhead. */
    private Shell openPreferences() {
        ui.menus().select(console.window(), "Window", "Preferences...");
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(dialog).all(Tree.class).getFirst();
        TreeItem page = ui.trees().item(pages, "Arrowhead");
        ui.input().click(page);
        ui.find(dialog).withId(Button.class, "preferences.reconnectAtStart");
        return dialog;
    }
}
