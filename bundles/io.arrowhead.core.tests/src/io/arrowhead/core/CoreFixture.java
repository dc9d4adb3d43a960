package io.arrowhead.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.internal.EquinoxSecretStore;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * A real gateway simulator on an ephemeral HTTPS port, a secure storage file of its own (unlocked by a test
 * password, so no prompt), a fresh preference node, and the {@link GatewayConnections} built on them. A second
 * client, independent of the console, reads the simulator's real state for assertions.
 */
final class CoreFixture implements AutoCloseable {

    static final String USER = "admin";
    static final char[] PASSWORD = "core-test-secret".toCharArray();

    final Path directory;
    final Preferences preferences;
    final ISecurePreferences storage;
    final EquinoxSecretStore secrets;
    final RecordingTrust trust = new RecordingTrust();
    final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
    GatewaySimulator simulator;
    GatewayConnections connections;
    private final List<GatewayClient> clients = new ArrayList<>();

    CoreFixture() throws IOException {
        directory = Files.createTempDirectory("arrowhead-core-tests");
        preferences = InstanceScope.INSTANCE.getNode("io.arrowhead.core.tests." + UUID.randomUUID());
        storage = openStorage(directory.resolve("secure_storage"));
        secrets = new EquinoxSecretStore(storage);
        simulator = startSimulator(0);
        connections = newConnections();
    }

    static ISecurePreferences openStorage(Path file) throws IOException {
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        return SecurePreferencesFactory.open(file.toUri().toURL(), options);
    }

    GatewaySimulator startSimulator(int port) throws IOException {
        return startSimulator(port, "simulator");
    }

    /** Another simulator with a data directory, and so a certificate, of its own; the caller closes it. */
    GatewaySimulator startSimulator(int port, String name) throws IOException {
        return GatewaySimulator.builder().scenario(ClusterScenario.demo()).user(USER, PASSWORD)
            .dataDirectory(directory.resolve(name)).stateFile(directory.resolve(name + "/cluster.json"))
            .port(port).start();
    }

    /** A second console on the same storage, as after a restart. */
    GatewayConnections newConnections() {
        GatewayConnections created = new GatewayConnections(secrets, preferences);
        created.setTrustCallback(trust);
        created.addListener(events::add);
        return created;
    }

    /** Adds the simulator as a saved gateway. */
    GatewayConnection addSimulator(String name) throws SecretStoreException {
        return connections.add(ConnectionSettings.create(name, simulator.endpoint().toString(), USER), PASSWORD);
    }

    /** Adds and connects, trusting the certificate for the session. */
    GatewayConnection connected(String name) throws Exception {
        return connected(name, simulator);
    }

    /** Adds a gateway for the given simulator and connects, trusting its certificate for the session. */
    GatewayConnection connected(String name, GatewaySimulator gateway) throws Exception {
        trust.answer = TrustDecision.SESSION;
        GatewayConnection connection = connections.add(
            ConnectionSettings.create(name, gateway.endpoint().toString(), USER), PASSWORD);
        join(connections.connect(connection));
        if (!connection.isConnected()) {
            throw new AssertionError("not connected: " + connection.lastError());
        }
        return connection;
    }

    /** The simulator's state, read by a client of its own. */
    GatewayClient observer() {
        GatewayClient client = GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString()).user(USER)
            .password(PASSWORD).tls(TlsPolicy.pinned(simulator.certificateFingerprint())).build());
        clients.add(client);
        return client;
    }

    static void join(Job job) throws InterruptedException {
        job.join();
    }

    @Override
    public void close() throws Exception {
        connections.dispose();
        clients.forEach(GatewayClient::close);
        Job.getJobManager().cancel(GatewayJob.FAMILY);
        Job.getJobManager().join(GatewayJob.FAMILY, null);
        if (simulator != null) {
            simulator.close();
        }
        preferences.removeNode();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Answers trust questions as told and records them. */
    static final class RecordingTrust implements CertificateTrustCallback {

        volatile TrustDecision answer = TrustDecision.REJECT;
        final List<String> asked = new CopyOnWriteArrayList<>();
        final List<String> mismatches = new CopyOnWriteArrayList<>();

        @Override
        public TrustDecision decide(String gatewayUrl, io.arrowhead.scaleio.client.UntrustedCertificateException e) {
            asked.add(e.sha256Fingerprint());
            return answer;
        }

        @Override
        public void pinMismatch(String gatewayUrl, io.arrowhead.scaleio.client.UntrustedCertificateException e) {
            mismatches.add(e.sha256Fingerprint());
        }
    }
}
