package io.arrowhead.hosts.emulator.internal;

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
 * The in-memory state of one host's Docker daemon: local volumes and the containers that reference them. As in
 * Docker, a stopped container still references its volume until it is removed, creating a volume only records it,
 * and the device is first touched when a container mounts the volume.
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
        final Instant createdAt = Instant.now();
        String state = "running";
        Instant stateSince = createdAt;

        Container(String id, String name, String volumeName) {
            this.id = id;
            this.name = name;
            this.volumeName = volumeName;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Volume> volumes = new TreeMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Function<Volume, String> mountProblem;
    private volatile boolean running = true;

    /** @param mountProblem why this host cannot mount a volume (docker's message), or null when it can */
    public DockerDaemon(Function<Volume, String> mountProblem) {
        this.mountProblem = mountProblem;
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
        return volumes.computeIfAbsent(name, key -> new Volume(key, driver, Map.copyOf(labels),
                Map.copyOf(options), Instant.now()));
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
        volumes.remove(name);
        return null;
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
        Container container = existing != null ? existing : new Container(newId(), name, volumeName);
        containers.put(name, container);
        container.state = "running";
        container.stateSince = Instant.now();
        return container.id;
    }

    public synchronized void stopContainer(String name) {
        Container container = require(name);
        if (container.state.equals("running")) {
            container.state = "exited";
            container.stateSince = Instant.now();
        }
    }

    public synchronized void removeContainer(String name) {
        Container container = require(name);
        if (container.state.equals("running")) {
            throw new IllegalStateException("Error response from daemon: You cannot remove a running container "
                    + container.id + ". Stop the container before attempting removal or force remove");
        }
        containers.remove(name);
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
