package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.CertificateTrustCallback;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.TrustDecision;
import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.UntrustedCertificateException;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * A gateway simulator saved as one of the command line's gateways. Its clock stands still, so that every statistics
 * answer is the same and a test can compare what the command shows with an answer of its own. Closing it removes
 * the gateway, its password and any pin of its certificate and shuts the core down, leaving nothing to the next test
 * class.
 */
final class SimulatedGateway implements AutoCloseable {

    static final String USER = "admin";
    static final char[] PASSWORD = "cli-statistics-secret".toCharArray();
    static final String STATISTICS_CALL = "POST /api/instances/querySelectedStatistics";
    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-03-02T12:00:07Z"), ZoneOffset.UTC);

    final String name;
    private final Path directory;
    private final ClusterScenario scenario;
    private final String gatewayId;
    private final Clock clock;
    GatewaySimulator simulator;
    private GatewayClient observer;

    SimulatedGateway(String name, ClusterScenario scenario) throws Exception {
        this(name, scenario, true);
    }

    /** With {@code frozen} false, the simulator's clock runs and its figures change every second. */
    SimulatedGateway(String name, ClusterScenario scenario, boolean frozen) throws Exception {
        this.name = name;
        this.scenario = scenario;
        this.clock = frozen ? FROZEN : Clock.systemUTC();
        directory = Files.createTempDirectory("arrowhead-cli-" + name);
        simulator = start(0);
        ScriptedTerminal.unlockSecureStorage();
        GatewayConnection gateway = ArrowheadCore.connections().add(
            ConnectionSettings.create(name, simulator.endpoint().toString(), USER), PASSWORD);
        gatewayId = gateway.id();
        simulator.faults().countCalls(STATISTICS_CALL);
    }

    private GatewaySimulator start(int port) throws IOException {
        return GatewaySimulator.builder().scenario(scenario).user(USER, PASSWORD).clock(clock)
            .dataDirectory(directory.resolve("simulator")).stateFile(directory.resolve("simulator/cluster.json"))
            .port(port).start();
    }

    String fingerprint() {
        return simulator.certificateFingerprint();
    }

    /** The gateway in the core as it is now (a command's end gives the core fresh services). */
    GatewayConnection connection() {
        return ArrowheadCore.connections().find(gatewayId).orElseThrow();
    }

    /** Connects it in the current core, trusting this simulator's certificate for the session. */
    GatewayConnection connect() throws InterruptedException {
        GatewayConnections connections = ArrowheadCore.connections();
        connections.setTrustCallback(new CertificateTrustCallback() {
            @Override
            public TrustDecision decide(String url, UntrustedCertificateException certificate) {
                return CertificateFingerprint.normalize(certificate.sha256Fingerprint())
                    .equals(CertificateFingerprint.normalize(fingerprint())) ? TrustDecision.SESSION
                    : TrustDecision.REJECT;
            }

            @Override
            public void pinMismatch(String url, UntrustedCertificateException certificate) {
            }
        });
        GatewayConnection gateway = connection();
        connections.connect(gateway).join();
        assertTrue(gateway.isConnected(), () -> "not connected: " + gateway.lastError());
        return gateway;
    }

    long statisticsCalls() {
        return simulator.faults().calls(STATISTICS_CALL);
    }

    /** The simulator's own answer, read by a client independent of the command line. */
    SelectedStatistics statistics(List<StatisticsSelection> selections) throws Exception {
        if (observer == null) {
            observer = GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString()).user(USER)
                .password(PASSWORD).tls(TlsPolicy.pinned(fingerprint())).build());
        }
        return observer.querySelectedStatistics(selections);
    }

    void stop() {
        closeObserver();
        simulator.close();
    }

    /** Starts the simulator again on the same port and data, so with the same certificate. */
    void restart() throws IOException {
        simulator = start(simulator.endpoint().getPort());
    }

    private void closeObserver() {
        if (observer != null) {
            observer.close();
            observer = null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            ArrowheadCore.connections().find(gatewayId).ifPresent(gateway -> {
                try {
                    ArrowheadCore.connections().remove(gateway);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // A command given --trust-fingerprint pinned the certificate for this port, which the system may give
            // to another test's simulator.
            ArrowheadCore.connections().forgetCertificate(GatewayEndpoint.parse(simulator.endpoint().toString()));
            ArrowheadCore.shutdown(() -> { });
        } finally {
            closeObserver();
            simulator.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
