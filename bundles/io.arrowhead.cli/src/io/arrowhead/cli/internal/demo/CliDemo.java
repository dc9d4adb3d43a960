package io.arrowhead.cli.internal.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.demo.DemoCluster;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The command line's demo: a {@link DemoCluster} started headless, whose gateway and two emulated Docker hosts are
 * SAVED in the shared configuration (passwords in secure storage, the certificate pinned, the host keys in the known
 * hosts file) while it runs, so that other {@code arrowhead-cli} processes can use them; stopping removes them again.
 * Its names are its own ({@value #GATEWAY_NAME}, {@code cli-demo-01}, {@code cli-demo-02}), apart from the console's
 * transient demo, and so is its data directory. What an earlier demo left saved (one killed) is replaced on start.
 */
public final class CliDemo {

    public static final String GATEWAY_NAME = "cli-demo";
    public static final List<String> HOST_NAMES = List.of("cli-demo-01", "cli-demo-02");
    /** Overrides the data directory, as {@link DemoCluster#DATA_DIRECTORY_PROPERTY} does for the console's demo. */
    public static final String DATA_DIRECTORY_PROPERTY = "arrowhead.cliDemo.dataDirectory";

    private final DemoCluster cluster;

    public CliDemo(Path dataDirectory) {
        this.cluster = new DemoCluster(dataDirectory);
    }

    /** {@value #DATA_DIRECTORY_PROPERTY} if set, else {@code ~/.arrowhead/cli-demo}. */
    public static Path defaultDataDirectory() {
        String override = System.getProperty(DATA_DIRECTORY_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override)
            : Path.of(System.getProperty("user.home"), ".arrowhead", "cli-demo");
    }

    /** The demo's cluster and emulated hosts, for tests. */
    public DemoCluster cluster() {
        return cluster;
    }

    /**
     * Replaces an earlier demo's saved gateway and hosts, starts the simulator and the hosts (after throwing their
     * saved state away if {@code reset}) and saves them; on a failure nothing stays saved or running.
     */
    public synchronized void start(boolean reset) throws IOException, SecretStoreException {
        removeSaved();
        cluster.startHeadless(reset);
        try {
            save();
        } catch (IOException | SecretStoreException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** The URL of the running demo gateway, or null. */
    public synchronized String gatewayUrl() {
        GatewaySimulator simulator = cluster.simulator();
        return simulator == null ? null : simulator.endpoint().toString();
    }

    /** Removes what the demo saved, then stops it; the cluster and the hosts' Docker state stay for the next run. */
    public synchronized void stop() throws SecretStoreException, IOException {
        try {
            removeSaved();
        } finally {
            cluster.close(null);
        }
    }

    private void save() throws IOException, SecretStoreException {
        GatewaySimulator simulator = cluster.simulator();
        GatewayConnections gateways = ArrowheadCore.connections();
        ConnectionSettings settings = ConnectionSettings.create(GATEWAY_NAME, simulator.endpoint().toString(),
            DemoCluster.USER);
        char[] password = cluster.password();
        try {
            gateways.add(settings, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        gateways.secrets().pinFingerprint(settings.endpoint(), simulator.certificateFingerprint());
        DockerHosts hosts = ArrowheadCore.hosts();
        List<EmulatedDockerHost> emulated = cluster.emulatedHosts();
        char[] hostPassword = cluster.hostPassword();
        try {
            for (int i = 0; i < emulated.size(); i++) {
                EmulatedDockerHost host = emulated.get(i);
                HostDefinition definition = new HostDefinition(host.address(), host.port(), DemoCluster.HOST_USER,
                    new HostAuthentication.Password(), false);
                hosts.hostKeys().trust(definition, host.hostKey());
                hosts.add(HOST_NAMES.get(i), definition, hostPassword);
            }
        } finally {
            Arrays.fill(hostPassword, '\0');
        }
    }

    /**
     * Forgets the demo's gateway (with its pinned certificate) and hosts (with their host keys) as saved now, by
     * this run or a killed one. Only a gateway of that name on the loopback address is the demo's.
     */
    private static void removeSaved() throws SecretStoreException, IOException {
        GatewayConnections gateways = ArrowheadCore.connections();
        for (GatewayConnection gateway : gateways.all()) {
            if (gateway.name().equalsIgnoreCase(GATEWAY_NAME) && !gateway.isDemo() && isLoopback(gateway)) {
                gateways.forgetCertificate(gateway.settings().endpoint());
                gateways.remove(gateway);
            }
        }
        DockerHosts hosts = ArrowheadCore.hosts();
        for (String name : HOST_NAMES) {
            ManagedHost host = hosts.findByName(name).orElse(null);
            if (host != null && !host.isDemo() && "127.0.0.1".equals(host.definition().address())) {
                hosts.hostKeys().forget(host.definition());
                hosts.remove(host);
            }
        }
    }

    private static boolean isLoopback(GatewayConnection gateway) {
        String url = gateway.settings().url();
        return url.startsWith("https://127.0.0.1:") || url.startsWith("https://localhost:");
    }
}
