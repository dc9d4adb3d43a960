package io.arrowhead.scaleio.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.FaultInjector;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * A gateway simulator on an ephemeral HTTPS port with the demo cluster, and clients that pin its certificate.
 * Each test gets its own, so no test sees another's changes. The certificate is generated once per JVM and
 * reused, as the simulator keeps it in its data directory.
 */
final class SimulatedGateway implements AutoCloseable {

    static final String USER = "admin";
    static final char[] PASSWORD = "round-trip-secret".toCharArray();
    private static final Path DATA_DIRECTORY = createDataDirectory();

    final GatewaySimulator simulator;
    private final java.util.List<GatewayClient> clients = new java.util.ArrayList<>();

    private SimulatedGateway(GatewaySimulator simulator) {
        this.simulator = simulator;
    }

    static SimulatedGateway start() throws IOException {
        return start(builder -> builder);
    }

    static SimulatedGateway start(UnaryOperator<GatewaySimulator.Builder> customizer) throws IOException {
        GatewaySimulator.Builder builder = GatewaySimulator.builder()
                .scenario(ClusterScenario.demo())
                .user(USER, PASSWORD)
                .dataDirectory(DATA_DIRECTORY);
        return new SimulatedGateway(customizer.apply(builder).start());
    }

    FaultInjector faults() {
        return simulator.faults();
    }

    /** A client configured as the console configures one after the user accepted the certificate. */
    GatewayClient client() {
        return client(config -> config);
    }

    GatewayClient client(UnaryOperator<GatewayConfig.Builder> customizer) {
        GatewayConfig.Builder config = configBuilder().tls(TlsPolicy.pinned(simulator.certificateFingerprint()));
        GatewayClient client = GatewayClient.create(customizer.apply(config).build());
        clients.add(client);
        return client;
    }

    GatewayConfig.Builder configBuilder() {
        return GatewayConfig.builder(simulator.endpoint().toString()).user(USER).password(PASSWORD);
    }

    @Override
    public void close() throws IOException {
        for (GatewayClient client : clients) {
            client.close();
        }
        simulator.close();
    }

    private static Path createDataDirectory() {
        try {
            Path directory = Files.createTempDirectory("arrowhead-client-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory)));
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the simulator's data directory", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
