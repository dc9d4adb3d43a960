package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The state of one host's Docker daemon: local volumes and the containers that reference them, in memory and, given
 * a state file, saved after every change. As in Docker, a stopped container still references its volume until it is
 * removed, creating a volume only records it, and the device is first touched when a container mounts the volume.
 */
public final class DockerDaemon {

    public static final String VERSION = "24.0.0-arrowhead-emulated";
    public static final String NOT_RUNNING =
            "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?";

    /** A volume as {@code docker volume inspect} shows it; empty maps are shown as null, like Docker does. */
    public record Volume(String name, String driver, Map<String, String> labels, Map<String, String> options,
            Instant createdAt) {

        public String mountpoint() {
            return "/var/lib/docker/volumes/" + name + "/_data";
        }
    }

    /** A container; only what {@code docker ps} shows about it. */
    public static final class Container {
        final String id;
        final String name;
        final String image = "alpine:3.20";
        final String volumeName;
        final Instant createdAt;
        String state = "running";
        Instant stateSince;

        Container(String id, String name, String volumeName, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.volumeName = volumeName;
            this.createdAt = createdAt;
            this.stateSince = createdAt;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Volume> volumes = new TreeMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Function<Volume, String> mountProblem;
    private final DockerStateFile stateFile;
    private volatile boolean running = true;

    /** @param mountProblem why this host cannot mount a volume (docker's message), or null when it can */
    public DockerDaemon(Function<Volume, String> mountProblem) {
        this.mountProblem = mountProblem;
        this.stateFile = null;
    }

    /**
     * A daemon whose volumes and containers are read from the file, if it exists, and saved to it after each change.
     *
     * @throws IOException naming the file when it cannot be read
     */
    public DockerDaemon(Function<Volume, String> mountProblem, Path stateFile) throws IOException {
        this.mountProblem = mountProblem;
        this.stateFile = new DockerStateFile(stateFile);
        this.stateFile.load(volumes, containers);
    }

    public boolean isRunning() {
        return running;
    }

    public void setRunning(boolean isRunning) {
        this.running = isRunning;
    }

    static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Records the volume, or returns the one already under that name, as Docker does. */
    public synchronized Volume createVolume(String name, String driver, Map<String, String> labels,
            Map<String, String> options) {
        Volume existing = volumes.get(name);
        if (existing != null) {
            return existing;
        }
        Volume created = new Volume(name, driver, Map.copyOf(labels), Map.copyOf(options), Instant.now());
        volumes.put(name, created);
        save(() -> volumes.remove(name));
        return created;
    }

    public synchronized Volume volume(String name) {
        return volumes.get(name);
    }

    public synchronized List<Volume> volumes() {
        return new ArrayList<>(volumes.values());
    }

    /** Removes the volume; returns Docker's error text (without the daemon prefix) or null when removed. */
    public synchronized String removeVolume(String name, boolean force) {
        if (!volumes.containsKey(name)) {
            return force ? null : "get " + name + ": no such volume";
        }
        List<String> users = containersUsing(name).stream().map(container -> container.id).toList();
        if (!users.isEmpty()) {
            // Go prints a []string as [a b].
            return "remove " + name + ": volume is in use - [" + String.join(" ", users) + "]";
        }
        Volume removed = volumes.remove(name);
        save(() -> volumes.put(name, removed));
        return null;
    }

    /**
     * Removes the volume and every container that references it, running or not, as {@code docker rm -f} and then
     * {@code docker volume rm} would; returns the names of the containers removed.
     */
    public synchronized List<String> removeVolumeWithContainers(String name) {
        Volume removed = volumes.remove(name);
        List<Container> users = containersUsing(name);
        users.forEach(container -> containers.remove(container.name));
        save(() -> {
            users.forEach(container -> containers.put(container.name, container));
            if (removed != null) {
                volumes.put(name, removed);
            }
        });
        return users.stream().map(container -> container.name).toList();
    }

    public synchronized List<Container> containersUsing(String volumeName) {
        return containers.values().stream().filter(c -> c.volumeName.equals(volumeName)).toList();
    }

    public synchronized List<Container> containers() {
        return new ArrayList<>(containers.values());
    }

    /** {@code docker run -d --name NAME -v VOLUME:/data alpine}, or {@code docker start NAME} if it exists. */
    public synchronized String startContainer(String name, String volumeName) {
        requireRunning();
        Container existing = containers.get(name);
        if (existing != null && !existing.volumeName.equals(volumeName)) {
            throw new IllegalStateException("docker: Error response from daemon: Conflict. The container name \"/"
                    + name + "\" is already in use by container \"" + existing.id + "\".");
        }
        // docker run creates a missing named volume with the local driver and no options.
        Volume volume = createVolume(volumeName, "local", Map.of(), Map.of());
        String problem = mountProblem.apply(volume);
        if (problem != null) {
            throw new IllegalStateException("docker: Error response from daemon: " + problem);
        }
        Container container = existing != null ? existing : new Container(newId(), name, volumeName, Instant.now());
        String stateBefore = container.state;
        Instant sinceBefore = container.stateSince;
        containers.put(name, container);
        container.state = "running";
        container.stateSince = Instant.now();
        save(() -> {
            if (existing == null) {
                containers.remove(name);
            }
            container.state = stateBefore;
            container.stateSince = sinceBefore;
        });
        return container.id;
    }

    public synchronized void stopContainer(String name) {
        Container container = require(name);
        if (container.state.equals("running")) {
            Instant sinceBefore = container.stateSince;
            container.state = "exited";
            container.stateSince = Instant.now();
            save(() -> {
                container.state = "running";
                container.stateSince = sinceBefore;
            });
        }
    }

    public synchronized void removeContainer(String name) {
        Container container = require(name);
        if (container.state.equals("running")) {
            throw new IllegalStateException("Error response from daemon: You cannot remove a running container "
                    + container.id + ". Stop the container before attempting removal or force remove");
        }
        containers.remove(name);
        save(() -> containers.put(name, container));
    }

    /**
     * Saves the state after a change; if that fails, {@code undo} takes the change back, so that memory and file
     * agree, and the command fails saying why.
     */
    private void save(Runnable undo) {
        if (stateFile == null) {
            return;
        }
        try {
            stateFile.save(volumes.values(), containers.values());
        } catch (IOException e) {
            undo.run();
            throw new UncheckedIOException("Cannot save the emulated Docker state to " + stateFile.path() + ".", e);
        }
    }

    private Container require(String name) {
        requireRunning();
        Container container = containers.get(name);
        if (container == null) {
            throw new IllegalArgumentException("Error response from daemon: No such container: " + name);
        }
        return container;
    }

    private void requireRunning() {
        if (!running) {
            throw new IllegalStateException(NOT_RUNNING);
        }
    }
}
