package io.arrowhead.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.TreeItem;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.SecretStore;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * Gateways that a test adds to the console as a user's saved gateways, each a simulator of its own whose certificate
 * is pinned beforehand unless the test is about trust. Closes the simulators and forgets the gateways afterwards.
 */
final class SavedGateways implements AutoCloseable {

    private final Console console;
    private final List<GatewaySimulator> simulators = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    SavedGateways(Console console) {
        this.console = console;
    }

    /** A simulator with one user, on any free port. */
    GatewaySimulator start(String user, String password) throws IOException {
        return start(user, password, 0, Files.createTempDirectory("ui-gateway"));
    }

    /** A simulator on a given port and data directory, which holds its certificate. */
    GatewaySimulator start(String user, String password, int port, Path dataDirectory) throws IOException {
        GatewaySimulator simulator = GatewaySimulator.builder().user(user, password.toCharArray())
            .dataDirectory(dataDirectory).port(port).start();
        simulators.add(simulator);
        return simulator;
    }

    /** Pins the simulator's certificate, as if the user had trusted it permanently before. */
    void pin(GatewaySimulator simulator) throws Exception {
        secrets().pinFingerprint(endpoint(simulator), simulator.certificateFingerprint());
    }

    /** Saves a gateway for the simulator, with its certificate pinned and its password in secure storage. */
    GatewayConnection add(String name, GatewaySimulator simulator, String user, String password) throws Exception {
        pin(simulator);
        GatewayConnection connection = ArrowheadCore.connections().add(
            ConnectionSettings.create(name, simulator.endpoint().toString(), user), password.toCharArray());
        ids.add(connection.id());
        return connection;
    }

    /** The gateways as the next run of the console would load them from the preferences. */
    GatewayConnections reloaded() {
        return new GatewayConnections(secrets(), ConsolePreferences.node());
    }

    SecretStore secrets() {
        return ArrowheadCore.connections().secrets();
    }

    /** The gateway's item right under "Gateways", not expanded. */
    TreeItem item(String name) {
        console.navigator();
        return console.ui.trees().itemAt(console.tree(), "Gateways", name);
    }

    static GatewayEndpoint endpoint(GatewaySimulator simulator) {
        return GatewayEndpoint.parse(simulator.endpoint().toString());
    }

    @Override
    public void close() throws Exception {
        Set<String> added = Set.copyOf(ids);
        for (GatewayConnection connection : ArrowheadCore.connections().all()) {
            if (added.contains(connection.id())) {
                ArrowheadCore.connections().remove(connection);
            }
        }
        for (GatewaySimulator simulator : simulators) {
            ArrowheadCore.connections().forgetCertificate(endpoint(simulator));
            simulator.close();
        }
    }
}
