package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * A real gateway simulator of the demo cluster for the storage commands, its password in a file as scripts give it,
 * and a client of its own that reads the simulator's real state for assertions. Closing it forgets every gateway the
 * test added, their passwords and the certificates pinned for them, so that the next test class starts clean.
 */
final class StorageGateway implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "cli-storage-secret";
    static final String NAME = "sim";

    final Path directory;
    final Path passwordFile;
    GatewaySimulator simulator;
    private final List<GatewayClient> clients = new ArrayList<>();
    private final List<GatewayEndpoint> endpoints = new ArrayList<>();

    StorageGateway() throws IOException {
        directory = Files.createTempDirectory("arrowhead-cli-storage");
        passwordFile = directory.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\nthe first line only\n");
        simulator = start(0, "simulator");
    }

    /** A simulator with a data directory, and so a certificate, of its own. */
    GatewaySimulator start(int port, String name) throws IOException {
        GatewaySimulator started = GatewaySimulator.builder().scenario(ClusterScenario.demo())
            .user(USER, PASSWORD.toCharArray()).dataDirectory(directory.resolve(name))
            .stateFile(directory.resolve(name + "/cluster.json")).port(port).start();
        endpoints.add(GatewayEndpoint.parse(started.endpoint().toString()));
        return started;
    }

    String url() {
        return simulator.endpoint().toString();
    }

    /** Adds the simulator as gateway {@value #NAME}, pinning its certificate, as a script does. */
    StorageGateway added() {
        Cli.run("gateway", "add", NAME, "--url", url(), "--user", USER, "--password-file", passwordFile.toString(),
            "--trust-fingerprint", simulator.certificateFingerprint()).expect(ExitCodes.OK);
        return this;
    }

    /** The simulator's state, read by a client that is not the command line's. */
    GatewayClient observer() {
        GatewayClient client = GatewayClient.create(GatewayConfig.builder(url()).user(USER)
            .password(PASSWORD.toCharArray()).tls(TlsPolicy.pinned(simulator.certificateFingerprint())).build());
        clients.add(client);
        return client;
    }

    /** How many gateways the command line has saved. */
    static int savedGateways() {
        return Cli.run("gateway", "list", "--output", "json").expect(ExitCodes.OK).json().size();
    }

    @Override
    public void close() throws Exception {
        clients.forEach(GatewayClient::close);
        GatewayConnections gateways = ArrowheadCore.connections();
        for (GatewayConnection gateway : gateways.all()) {
            gateways.remove(gateway);
            gateways.forgetCertificate(gateway.settings().endpoint());
        }
        for (GatewayEndpoint endpoint : endpoints) {
            gateways.forgetCertificate(endpoint);
        }
        ArrowheadCore.shutdown(() -> { });
        if (simulator != null) {
            simulator.close();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        assertEquals(0, savedGateways(), "gateways left behind");
    }
}
