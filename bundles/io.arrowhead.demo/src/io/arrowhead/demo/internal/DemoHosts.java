package io.arrowhead.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.EmulatedHostSettings;
import io.arrowhead.hosts.emulator.EmulatedSan;
import io.arrowhead.hosts.emulator.SanBackend;

/**
 * The demo's emulated Docker hosts, {@code docker-01} and {@code docker-02}: SSH servers on the loopback address whose
 * SDCs register with the demo gateway, sharing one emulated SAN so that a filesystem follows its volume. They are
 * added to the console's hosts for the session only, with their host keys trusted because the console made them.
 * Host keys and SDC GUIDs stay in the directory given, so the hosts keep their identity between runs.
 */
public final class DemoHosts implements AutoCloseable {

    public static final List<String> NAMES = List.of("docker-01", "docker-02");
    /** The emulated SAN's state file, beside the demo cluster's. */
    public static final String SAN_FILE = "san.json";
    private static final String USER = "arrowhead";

    private final List<EmulatedDockerHost> emulated = new ArrayList<>();
    private final List<ManagedHost> managed = new ArrayList<>();
    private final DockerHosts hosts;
    private final SanBackend backend;

    private DemoHosts(DockerHosts hosts, SanBackend backend) {
        this.hosts = hosts;
        this.backend = backend;
    }

    /**
     * Starts the hosts and adds them to {@code hosts}; stops what it started if one fails. The demo hosts own
     * {@code backend} from here on and close it when they stop.
     */
    public static DemoHosts start(SanBackend backend, Path directory, char[] password, DockerHosts hosts)
        throws IOException {
        DemoHosts demo = new DemoHosts(hosts, backend);
        try {
            Files.createDirectories(directory);
            EmulatedSan san = new EmulatedSan(directory.resolve(SAN_FILE));
            for (String name : NAMES) {
                EmulatedDockerHost host = EmulatedDockerHost.start(new EmulatedHostSettings(name, USER, null,
                    password, directory.resolve(name + ".hostkey"), 0), backend, san);
                demo.emulated.add(host);
                HostDefinition definition = new HostDefinition(host.address(), host.port(), USER,
                    new HostAuthentication.Password(), false);
                demo.managed.add(hosts.addTransient(name, definition, password, host.hostKey()));
            }
            return demo;
        } catch (IOException | RuntimeException e) {
            demo.close();
            throw e;
        }
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
