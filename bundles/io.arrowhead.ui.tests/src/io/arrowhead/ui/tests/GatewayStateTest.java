package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The trial's second gateway: a simulator that hangs (accepts connections, never answers) and then stops. The tree
 * and the status line say the same thing all along, "refreshing…" while the load runs and "failed: <why>" after;
 * the failure goes to the Error Log, and no dialog opens, not even over an open wizard.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GatewayStateTest {

    private static final int LOAD_TIMEOUT_SECONDS = 5;

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> logged.add(status);
    private GatewaySimulator simulator;
    private GatewayConnection connection;
    private ServerSocket hung;

    @BeforeEach
    void connectAGatewayOfItsOwn() throws Exception {
        console.resetLayout();
        ConsolePreferences.node().putInt(ConsolePreferences.CLUSTER_LOAD_TIMEOUT_SECONDS, LOAD_TIMEOUT_SECONDS);
        Path data = Files.createTempDirectory("hung");
        simulator = GatewaySimulator.builder().user("admin", "hung-secret".toCharArray()).dataDirectory(data)
            .stateFile(data.resolve("state.json")).port(0).start();
        connection = ArrowheadCore.connections().addTransient(new ConnectionSettings("hung", "Hung",
            simulator.endpoint().toString(), "admin", false), "hung-secret".toCharArray(),
            simulator.certificateFingerprint());
        ArrowheadCore.connections().connect(connection);
        ui.waitUntil("the gateway to connect", () -> connection.isConnected() && connection.model() != null);
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void cleanUp() throws Exception {
        Platform.removeLogListener(logListener);
        console.closeStrayShells();
        ArrowheadCore.connections().remove(connection);
        if (hung != null) {
            hung.close();
        }
        simulator.close();
        ConsolePreferences.node().remove(ConsolePreferences.CLUSTER_LOAD_TIMEOUT_SECONDS);
        ConsolePreferences.node().flush();
    }

    @Test
    void aHungThenStoppedGatewayShowsRefreshingThenFailedInTreeAndStatusLineWithoutADialog() throws Exception {
        int port = simulator.endpoint().getPort();
        TreeItem gateway = console.reveal("Hung");
        console.select(gateway);
        simulator.close();
        hung = new ServerSocket();
        hung.setReuseAddress(true);
        hung.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);

        ui.input().press(SWT.F5);
        ui.waitUntil("the tree to say the gateway is refreshing", () -> gateway.getText().contains("refreshing\u2026"));
        ui.waitUntil("the status line to agree", () -> statusLine().contains("refreshing\u2026"));
        assertTrue(ui.onUi(() -> gateway.getText().contains("volumes")), "the last model stays in view");

        console.execute("io.arrowhead.ui.commands.addGateway");
        Shell wizard = ui.shell("Add Gateway");
        Set<Shell> before = shells();
        String reason = "failed: The gateway did not answer within " + LOAD_TIMEOUT_SECONDS + " seconds";
        ui.withTimeout(java.time.Duration.ofSeconds(LOAD_TIMEOUT_SECONDS * 6)).waitUntil("the tree to show why",
            () -> gateway.getText().contains(reason));
        assertEquals(ConnectionState.FAILED, connection.state());
        ui.onUi(() -> { });
        assertEquals(before, shells(), "no dialog opened over the wizard");
        ui.screenshot("gateway-hung-failed");
        ui.dialogs().close(wizard, "Cancel");

        ui.waitUntil("the status line to say why", () -> statusLine().contains(reason));
        assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
            && s.getMessage().startsWith("Hung: ") && s.getMessage().contains("did not answer within")),
            "the Error Log has the failure: " + logged);

        hung.close();
        Set<Shell> beforeStopped = shells();
        ui.input().press(SWT.F5);
        ui.waitUntil("the tree to show that nothing listens any more", () -> gateway.getText().contains("refused"));
        ui.waitUntil("the status line to agree", () -> statusLine().contains("refused"));
        assertEquals(beforeStopped, shells(), "no dialog for a stopped gateway either");
    }

    /** The status line's message, the window's CLabel that describes the selected gateway. */
    private String statusLine() {
        return ui.onUi(() -> ui.find(console.window()).all(CLabel.class).stream().map(CLabel::getText)
            .filter(text -> text != null && text.startsWith("Gateway Hung ")).findFirst().orElse(""));
    }

    private Set<Shell> shells() {
        return ui.onUi(() -> Arrays.stream(ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
            .collect(Collectors.toSet()));
    }
}
