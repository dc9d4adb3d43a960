package io.arrowhead.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.stream.Stream;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The embedded demo: a gateway simulator running inside the console with a realistic cluster, added as the
 * unsaved gateway "Demo". Its state persists in a directory under the user's home between runs, and
 * {@link #reset} starts it afresh. Its password is random per run and its certificate is trusted because the console
 * made it, so the demo touches no secret store.
 */
public final class DemoCluster {

    public static final String NAME = "Demo";
    /** Overrides the data directory, for tests and for keeping several demos apart. */
    public static final String DATA_DIRECTORY_PROPERTY = "arrowhead.demo.dataDirectory";
    private static final String USER = "admin";
    private static final String STATE_FILE = "cluster.json";

    private final Path dataDirectory;
    private GatewaySimulator simulator;
    private GatewayConnection connection;
    private char[] password = new char[0];

    public DemoCluster(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory);
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
        password = randomPassword();
        simulator = GatewaySimulator.builder().scenario(ClusterScenario.demo()).user(USER, password)
            .dataDirectory(dataDirectory).stateFile(dataDirectory.resolve(STATE_FILE)).port(0).start();
        ConnectionSettings settings = new ConnectionSettings("demo", NAME, simulator.endpoint().toString(), USER, true);
        connection = connections.addTransient(settings, password, simulator.certificateFingerprint());
        connections.connect(connection);
        return connection;
    }

    /** Throws the demo cluster away and opens a fresh one, as first installed. */
    public synchronized GatewayConnection reset(GatewayConnections connections) throws IOException {
        close(connections);
        // The state file and any temporary file of an interrupted save beside it.
        try (Stream<Path> leftovers = Files.exists(dataDirectory) ? Files.list(dataDirectory) : Stream.empty()) {
            for (Path file : leftovers.toList()) {
                if (file.getFileName().toString().startsWith(STATE_FILE)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return open(connections);
    }

    /** Removes the Demo gateway and stops the simulator, which saves the cluster. */
    public synchronized void close(GatewayConnections connections) {
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

    /** The demo's password for this run, for tools that talk to the demo gateway directly; a copy. */
    public synchronized char[] password() {
        return password.clone();
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
