package io.arrowhead.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.demo.internal.DemoHosts;
import io.arrowhead.demo.internal.Messages;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.SimulatorAdminBackend;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The embedded demo: a gateway simulator running inside the console with a realistic cluster, added as the
 * unsaved gateway "Demo", and, given the console's {@link DockerHosts}, two emulated Docker hosts whose SDCs belong
 * to it. Its state persists in a directory under the user's home between runs, and {@link #reset} starts it afresh.
 * Its passwords are random per run and its certificate and host keys are trusted because the console made them, so
 * the demo touches no secret store. {@link DemoJob} runs its start and reset under its {@link #rule()}.
 */
public final class DemoCluster {

    public static final String NAME = "Demo";
    /** Overrides the data directory, for tests and for keeping several demos apart. */
    public static final String DATA_DIRECTORY_PROPERTY = "arrowhead.demo.dataDirectory";
    /** The demo gateway's user; its password is random per run ({@link #password()}). */
    public static final String USER = "admin";
    /** The emulated hosts' login; their password is random per run ({@link #hostPassword()}). */
    public static final String HOST_USER = DemoHosts.USER;
    private static final String STATE_FILE = "cluster.json";

    private static final String HOSTS_DIRECTORY = "hosts";

    private final Path dataDirectory;
    private final DockerHosts hosts;
    private GatewaySimulator simulator;
    private DemoHosts demoHosts;
    /** Volatile so that {@link #rule()} never waits for a start or reset in progress. */
    private volatile GatewayConnection connection;
    private final ISchedulingRule ownRule = new DemoRule();
    private char[] password = new char[0];
    private char[] hostPassword = new char[0];

    /** A demo without Docker hosts. */
    public DemoCluster(Path dataDirectory) {
        this(dataDirectory, null);
    }

    /** A demo whose emulated Docker hosts join {@code hostsOrNull} while it runs. */
    public DemoCluster(Path dataDirectory, DockerHosts hostsOrNull) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory);
        this.hosts = hostsOrNull;
    }

    public static Path defaultDataDirectory() {
        String override = System.getProperty(DATA_DIRECTORY_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override)
            : Path.of(System.getProperty("user.home"), ".arrowhead", "demo");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Starts the simulator, adds the Demo gateway and connects it; does nothing if it runs already. */
    public synchronized GatewayConnection open(GatewayConnections connections) throws IOException {
        if (connection != null && connections.all().contains(connection)) {
            return connection;
        }
        startSimulator();
        ConnectionSettings settings = new ConnectionSettings("demo", NAME, simulator.endpoint().toString(), USER, true);
        connection = connections.addTransient(settings, password, simulator.certificateFingerprint());
        startHosts();
        connections.connect(connection);
        return connection;
    }

    /**
     * Starts the simulator and the emulated hosts without adding them to any gateways or hosts, for a demo that
     * others use through settings it saves itself (the command line's); after throwing the saved state away first if
     * {@code reset}. Unlike {@link #open}, a host that cannot start fails the start. {@link #close} stops it.
     */
    public synchronized void startHeadless(boolean reset) throws IOException {
        if (simulator != null) {
            return;
        }
        if (reset) {
            deleteState();
        }
        startSimulator();
        try {
            demoHosts = startDemoHosts(null);
        } catch (IOException | RuntimeException e) {
            close(null);
            throw e;
        }
    }

    /** Throws the demo cluster away and opens a fresh one, as first installed. */
    public synchronized GatewayConnection reset(GatewayConnections connections) throws IOException {
        close(connections);
        deleteState();
        return open(connections);
    }

    private void deleteState() throws IOException {
        // The state files and any temporary file of an interrupted save beside them; host keys stay.
        Path hostsDirectory = dataDirectory.resolve(HOSTS_DIRECTORY);
        try (Stream<Path> leftovers = Stream.concat(list(dataDirectory), list(hostsDirectory))) {
            for (Path file : leftovers.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(STATE_FILE) || DemoHosts.isStateFile(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void startSimulator() throws IOException {
        password = randomPassword();
        simulator = GatewaySimulator.builder().scenario(ClusterScenario.demo()).user(USER, password)
            .dataDirectory(dataDirectory).stateFile(dataDirectory.resolve(STATE_FILE)).port(0).start();
    }

    /**
     * Removes the Demo gateway and stops the simulator, which saves the cluster; {@code connections} may be null for
     * a demo started {@link #startHeadless headless}.
     */
    public synchronized void close(GatewayConnections connections) {
        if (demoHosts != null) {
            demoHosts.close();
            demoHosts = null;
        }
        if (connection != null) {
            try {
                connections.remove(connection);
            } catch (SecretStoreException e) {
                // The demo keeps no secrets, so removing it cannot fail on the store.
                throw new IllegalStateException(e);
            }
            connection = null;
        }
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The running simulator, or {@code null}; tests read the cluster's real state through it. */
    public synchronized GatewaySimulator simulator() {
        return simulator;
    }

    public synchronized GatewayConnection connection() {
        return connection;
    }

    /** The emulated Docker hosts as the console knows them; empty without hosts or while the demo is closed. */
    public synchronized List<ManagedHost> hosts() {
        return demoHosts == null ? List.of() : demoHosts.managed();
    }

    /**
     * The rule that starting and resetting the demo run under: the demo's own, so that they take turns, and, while
     * the Demo gateway is there, its gateway rule, so that they wait for the gateway's jobs instead of racing them.
     * Never waits, so the UI thread may ask.
     */
    public ISchedulingRule rule() {
        GatewayConnection current = connection;
        return MultiRule.combine(ownRule, current == null ? null : current.rule());
    }

    /**
     * What the last start repaired so that the emulated hosts' Docker volumes and the cluster's mappings agree (also
     * in the Error Log); OK when they agreed, null while the demo has no hosts.
     */
    public synchronized IStatus reconciled() {
        return demoHosts == null ? null : demoHosts.reconciled();
    }

    /** The emulated machines behind {@link #hosts()}, for tests. */
    public synchronized List<EmulatedDockerHost> emulatedHosts() {
        return demoHosts == null ? List.of() : demoHosts.emulated();
    }

    /** A demo whose hosts cannot start still has its gateway; the Error Log says why the hosts are missing. */
    private void startHosts() {
        if (hosts == null) {
            return;
        }
        try {
            demoHosts = startDemoHosts(hosts);
        } catch (IOException | RuntimeException e) {
            ILog.of(DemoCluster.class).log(Status.error(Messages.DemoCluster_hostsFailed, e));
        }
    }

    private DemoHosts startDemoHosts(DockerHosts joining) throws IOException {
        try (GatewayClient gateway = GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString())
            .user(USER).password(password).tls(TlsPolicy.pinned(simulator.certificateFingerprint())).build())) {
            SimulatorAdminBackend backend = new SimulatorAdminBackend(simulator.endpoint(), USER, password,
                simulator.certificate());
            hostPassword = randomPassword();
            DemoHosts started = DemoHosts.start(backend, gateway, dataDirectory.resolve(HOSTS_DIRECTORY),
                hostPassword, joining);
            if (!started.reconciled().isOK()) {
                ILog.of(DemoCluster.class).log(started.reconciled());
            }
            return started;
        }
    }

    private static Stream<Path> list(Path directory) throws IOException {
        return Files.isDirectory(directory) ? Files.list(directory) : Stream.empty();
    }

    /** The demo's password for this run, for tools that talk to the demo gateway directly; a copy. */
    public synchronized char[] password() {
        return password.clone();
    }

    /** The emulated hosts' password for this run (user {@link #HOST_USER}), for a demo that saves them; a copy. */
    public synchronized char[] hostPassword() {
        return hostPassword.clone();
    }

    /** Conflicts with itself only: one start or reset of this demo at a time. */
    private static final class DemoRule implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return password;
    }
}
