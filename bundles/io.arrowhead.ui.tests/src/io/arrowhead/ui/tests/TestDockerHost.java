package io.arrowhead.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyStore;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.EmulatedHostSettings;
import io.arrowhead.hosts.emulator.EmulatedSan;
import io.arrowhead.hosts.emulator.SimulatorAdminBackend;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * An emulated Docker host of the test's own, with a host key the console has never seen, whose SDC belongs to a
 * gateway simulator the console is not connected to. Closing removes what the test added to the console's hosts and
 * known hosts, and stops both.
 */
final class TestDockerHost implements AutoCloseable {

    static final String USER = "tester";
    static final String PASSWORD = "host-wizard-secret";
    static final String GATEWAY_PASSWORD = "gateway-secret";

    final GatewaySimulator simulator;
    final SimulatorAdminBackend backend;
    final EmulatedDockerHost emulated;

    TestDockerHost() throws Exception {
        Path directory = Files.createTempDirectory("docker-host-wizard");
        simulator = GatewaySimulator.builder().user("admin", GATEWAY_PASSWORD.toCharArray())
            .dataDirectory(directory.resolve("gateway")).port(0).start();
        backend = new SimulatorAdminBackend(simulator.endpoint(), "admin", GATEWAY_PASSWORD.toCharArray(),
            simulator.certificate());
        emulated = EmulatedDockerHost.start(new EmulatedHostSettings("wizard-host", USER, null,
            PASSWORD.toCharArray(), directory.resolve("wizard-host.hostkey"), 0), backend, new EmulatedSan());
    }

    HostDefinition definition() {
        return new HostDefinition(emulated.address(), emulated.port(), USER, new HostAuthentication.Password(),
            false);
    }

    /** The keys the application's known_hosts file records for the host, read afresh without the session's trust. */
    List<PublicKey> keysInAppFile() {
        return new HostKeyStore(ArrowheadCore.hosts().hostKeys().appKnownHosts(), List.of()).knownKeys(definition());
    }

    @Override
    public void close() throws Exception {
        DockerHosts hosts = ArrowheadCore.hosts();
        for (ManagedHost host : hosts.all()) {
            if (host.definition().key().equals(definition().key())) {
                hosts.remove(host);
            }
        }
        hosts.hostKeys().forget(definition());
        emulated.close();
        backend.close();
        simulator.close();
    }
}
