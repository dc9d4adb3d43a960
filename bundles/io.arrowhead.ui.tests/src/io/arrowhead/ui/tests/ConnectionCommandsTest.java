package io.arrowhead.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Connect and Disconnect follow a gateway's state while the selection stays on it: the change comes from the core
 * (as a failure or another window's command would), not from the selection, so only the gateway-state variables can
 * make the workbench evaluate their enablement again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ConnectionCommandsTest {

    private static final String CONNECT = "io.arrowhead.ui.commands.connect";
    private static final String DISCONNECT = "io.arrowhead.ui.commands.disconnect";
    private static final Map<String, String> TOOLTIPS = Map.of(CONNECT, "Connect to the selected gateways",
        DISCONNECT, "Disconnect from the selected gateways");

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private GatewaySimulator simulator;
    private GatewayConnection gateway;
    private Map<String, ToolItem> buttons;

    @BeforeEach
    void startGateway() throws Exception {
        console.resetLayout();
        Path data = Files.createTempDirectory("enablement");
        simulator = GatewaySimulator.builder().user("admin", "enablement-secret".toCharArray()).dataDirectory(data)
            .stateFile(data.resolve("state.json")).port(0).start();
        gateway = ArrowheadCore.connections().addTransient(new ConnectionSettings("enablement", "Enablement",
            simulator.endpoint().toString(), "admin", false), "enablement-secret".toCharArray(),
            simulator.certificateFingerprint());
    }

    @AfterEach
    void stopGateway() throws Exception {
        console.closeStrayShells();
        if (gateway != null) {
            ArrowheadCore.connections().remove(gateway);
        }
        if (simulator != null) {
            simulator.close();
        }
        ui.onUi(() -> console.navigator().getCommonViewer().collapseAll());
    }

    @Test
    void connectingAndDisconnectingTheSelectedGatewayFlipsConnectAndDisconnect() {
        TreeItem item = console.reveal("Enablement");
        console.select(item);
        buttons = Map.of(CONNECT, ui.find(console.window()).withTooltip(ToolItem.class, TOOLTIPS.get(CONNECT)),
            DISCONNECT, ui.find(console.window()).withTooltip(ToolItem.class, TOOLTIPS.get(DISCONNECT)));
        ui.waitUntil("Connect enabled and Disconnect disabled on a disconnected gateway",
            () -> enabled(CONNECT) && !enabled(DISCONNECT));

        ArrowheadCore.connections().connect(gateway);
        ui.waitUntil("the gateway to connect", () -> gateway.state() == ConnectionState.CONNECTED);
        ui.waitUntil("Connect disabled and Disconnect enabled once it is connected",
            () -> !enabled(CONNECT) && enabled(DISCONNECT));

        ArrowheadCore.connections().disconnect(gateway);
        ui.waitUntil("the gateway to disconnect", () -> gateway.state() == ConnectionState.DISCONNECTED);
        ui.waitUntil("Connect enabled and Disconnect disabled once it is disconnected",
            () -> enabled(CONNECT) && !enabled(DISCONNECT));
    }

    /**
     * Whether the command is enabled as the user sees it, on its button in the navigator's toolbar, and as the
     * command service answers; called on the UI thread. The button keeps what the last evaluation found, so it shows
     * whether the workbench evaluated the handler's enablement again; the command service evaluates afresh.
     */
    private boolean enabled(String commandId) {
        return buttons.get(commandId).isEnabled()
            && PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).isEnabled();
    }}
