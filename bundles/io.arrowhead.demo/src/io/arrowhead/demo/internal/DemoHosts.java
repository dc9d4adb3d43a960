package io.arrowhead.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.MultiStatus;

import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.EmulatedHostSettings;
import io.arrowhead.hosts.emulator.EmulatedSan;
import io.arrowhead.hosts.emulator.SanBackend;
import io.arrowhead.scaleio.client.GatewayClient;

/**
 * The demo's emulated Docker hosts, {@code docker-01} and {@code docker-02}: SSH servers on the loopback address whose
 * SDCs register with the demo gateway, sharing one emulated SAN so that a filesystem follows its volume. They are
 * added to the console's hosts for the session only, with their host keys trusted because the console made them.
 * Host keys, SDC GUIDs and Docker's volumes and containers stay in the directory given, so the hosts keep their
 * identity and their Docker state between runs; before the hosts join the console, {@link DemoReconcile} makes that
 * state agree with the demo cluster's mappings.
 */
public final class DemoHosts implements AutoCloseable {

    public static final List<String> NAMES = List.of("docker-01", "docker-02");
    /** The emulated SAN's state file, beside the demo cluster's. */
    public static final String SAN_FILE = "san.json";
    /** Each host's Docker state file is its name with this suffix, beside the SAN's. */
    public static final String DOCKER_FILE_SUFFIX = ".docker.json";
    /** The login of the emulated hosts. */
    public static final String USER = "arrowhead";

    private final List<EmulatedDockerHost> emulated = new ArrayList<>();
    private final List<ManagedHost> managed = new ArrayList<>();
    private final DockerHosts hosts;
    private final SanBackend backend;
    private MultiStatus reconciled;

    private DemoHosts(DockerHosts hosts, SanBackend backend) {
        this.hosts = hosts;
        this.backend = backend;
    }

    /**
     * Starts the hosts, reconciles them with the cluster (unmapping through {@code gateway}) and adds them to
     * {@code hosts}; stops what it started if one fails. The demo hosts own {@code backend} from here on and close it
     * when they stop. With {@code hostsOrNull} null they join no one: a headless demo saves them itself.
     */
    public static DemoHosts start(SanBackend backend, GatewayClient gateway, Path directory, char[] password,
        DockerHosts hostsOrNull) throws IOException {
        DemoHosts demo = new DemoHosts(hostsOrNull, backend);
        try {
            Files.createDirectories(directory);
            EmulatedSan san = new EmulatedSan(directory.resolve(SAN_FILE));
            for (String name : NAMES) {
                EmulatedHostSettings settings = new EmulatedHostSettings(name, USER, null, password,
                    directory.resolve(name + ".hostkey"), 0);
                demo.emulated.add(EmulatedDockerHost.start(settings, backend, san,
                    directory.resolve(name + DOCKER_FILE_SUFFIX)));
            }
            demo.reconciled = DemoReconcile.run(demo.emulated, backend, gateway);
            for (EmulatedDockerHost host : hostsOrNull == null ? List.<EmulatedDockerHost>of() : demo.emulated) {
                String name = host.name();
                HostDefinition definition = new HostDefinition(host.address(), host.port(), USER,
                    new HostAuthentication.Password(), false);
                demo.managed.add(hostsOrNull.addTransient(name, definition, password, host.hostKey()));
            }
            return demo;
        } catch (IOException | RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    /** What the start repaired so that the hosts' Docker volumes and the cluster's mappings agree; OK if nothing. */
    public MultiStatus reconciled() {
        return reconciled;
    }

    /** Whether the file, in the hosts' directory, holds their state (the SAN's or a host's Docker state). */
    public static boolean isStateFile(String fileName) {
        return fileName.startsWith(SAN_FILE) || fileName.contains(DOCKER_FILE_SUFFIX);
    }

    /** The hosts as the console knows them, in {@link #NAMES} order. */
    public List<ManagedHost> managed() {
        return List.copyOf(managed);
    }

    /** The emulated machines, for tests that start containers or stop Docker on them. */
    public List<EmulatedDockerHost> emulated() {
        return List.copyOf(emulated);
    }

    /** Removes the hosts from the console and stops them. */
    @Override
    public void close() {
        for (ManagedHost host : managed) {
            try {
                hosts.remove(host);
            } catch (SecretStoreException e) {
                // Transient hosts keep nothing in secure storage, so removing them cannot fail on it.
                throw new IllegalStateException(e);
            }
        }
        managed.clear();
        emulated.forEach(EmulatedDockerHost::close);
        emulated.clear();
        backend.close();
    }
}
