package io.arrowhead.hosts.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.emulator.internal.ExecServer;
import io.arrowhead.hosts.emulator.internal.HostIdentity;
import io.arrowhead.hosts.emulator.internal.HostTools;

/**
 * An in-process Docker host with a ScaleIO SDC, reached over SSH at 127.0.0.1, for demos and tests without root or
 * real machines. It answers Arrowhead's command surface from memory: its devices are the volumes the
 * {@link SanBackend} maps to its SDC, filesystems live in the shared {@link EmulatedSan}, and Docker's volumes and
 * containers are its own, kept in a state file if given one. Only exec requests are served; an interactive shell is
 * refused.
 */
public final class EmulatedDockerHost implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmulatedDockerHost.class.getName());

    private final EmulatedHostSettings settings;
    private final SanBackend backend;
    private final HostTools tools;
    private final SshServer server;
    private final ExecutorService executor;
    private final PublicKey hostKey;
    private final String sdcId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmulatedDockerHost(EmulatedHostSettings settings, SanBackend backend, HostTools tools, SshServer server,
            ExecutorService executor, PublicKey hostKey, String sdcId) {
        this.settings = settings;
        this.backend = backend;
        this.tools = tools;
        this.server = server;
        this.executor = executor;
        this.hostKey = hostKey;
        this.sdcId = sdcId;
    }

    /** Registers the host's SDC with the backend and starts serving SSH; IOException if either fails. */
    public static EmulatedDockerHost start(EmulatedHostSettings settings, SanBackend backend, EmulatedSan san)
            throws IOException {
        return start(settings, backend, san, null);
    }

    /**
     * The same, with Docker's volumes and containers read from {@code dockerStateFile} (if it exists) and saved to it
     * after every change, so that they outlive a restart; IOException too if the file cannot be read.
     */
    public static EmulatedDockerHost start(EmulatedHostSettings settings, SanBackend backend, EmulatedSan san,
            Path dockerStateFile) throws IOException {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(san, "san");
        SimpleGeneratorHostKeyProvider hostKeys = HostIdentity.hostKeys(settings.hostKeyFile());
        String guid = HostIdentity.guid(settings.guidFile());
        HostTools tools = new HostTools(settings.name(), guid, backend, san, dockerStateFile);
        String sdcId = backend.registerSdc(guid, tools.sdcIp(), settings.name());
        tools.drvCfg().setSdcId(sdcId);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        SshServer server = ExecServer.create(settings, hostKeys, tools.shell(), executor);
        boolean started = false;
        try {
            server.start();
            started = true;
        } catch (IOException e) {
            throw new IOException("Cannot start the emulated host " + settings.name() + " on port "
                    + settings.port() + ": " + e.getMessage(), e);
        } finally {
            if (!started) {
                // A half-started server may still hold its port. The SDC stays registered: another running host
                // with the same identity files would share it.
                stopQuietly(server, settings.name());
                executor.shutdownNow();
            }
        }
        PublicKey publicKey = hostKeys.loadKeys(null).get(0).getPublic();
        return new EmulatedDockerHost(settings, backend, tools, server, executor, publicKey, sdcId);
    }

    public int port() {
        return server.getPort();
    }

    /** Always the loopback address: the emulated host listens nowhere else. */
    public String address() {
        return "127.0.0.1";
    }

    public String name() {
        return settings.name();
    }

    /** The SDC GUID, upper case, as {@code drv_cfg --query_guid} prints it. */
    public String sdcGuid() {
        return tools.guid();
    }

    /** The id the backend gave the SDC at registration. */
    public String sdcId() {
        return sdcId;
    }

    /** The SDC's fake address (TEST-NET-1), as registered. */
    public String sdcIp() {
        return tools.sdcIp();
    }

    public PublicKey hostKey() {
        return hostKey;
    }

    /** {@code SHA256:<base64>}, as ssh-keygen -l prints it. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey);
    }

    /**
     * Starts a container that mounts the volume (created, plain, if missing), or restarts a stopped one of that
     * name. Like Docker, the volume's device and filesystem are checked only now, at mount time.
     *
     * @return the container's full id
     * @throws IllegalStateException with Docker's message when the daemon is down or the volume cannot be mounted
     */
    public String startContainer(String containerName, String volumeName) {
        return tools.docker().startContainer(containerName, volumeName);
    }

    /** Stops the container; it still references its volume, as in Docker. */
    public void stopContainer(String containerName) {
        tools.docker().stopContainer(containerName);
    }

    /** Removes a stopped container, releasing its volume; a running one is refused as Docker does. */
    public void removeContainer(String containerName) {
        tools.docker().removeContainer(containerName);
    }

    /** The Docker volumes on this host, by name, as {@code docker volume inspect} would describe them. */
    public List<DockerVolume> dockerVolumes() {
        return tools.docker().volumes().stream().map(volume -> new DockerVolume(volume.name(), volume.driver(),
                volume.labels(), volume.options(), volume.mountpoint())).toList();
    }

    /**
     * Removes a Docker volume and the containers that use it, running or not, as {@code docker rm -f} and
     * {@code docker volume rm} would, even while Docker is stopped; returns the names of the containers removed.
     */
    public List<String> removeDockerVolume(String volumeName) {
        return tools.docker().removeVolumeWithContainers(volumeName);
    }

    /** False makes every docker command fail as with a stopped daemon. */
    public void setDockerRunning(boolean running) {
        tools.docker().setRunning(running);
    }

    /** False keeps newly mapped volumes from showing up as devices (those already there stay). */
    public void setDeviceAppearance(boolean enabled) {
        tools.devices().setAppearance(enabled);
    }

    /** Stops serving and reports the SDC disconnected; idempotent. The identity files stay for the next start. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopQuietly(server, name());
        executor.shutdownNow();
        disconnectQuietly(backend, sdcGuid(), name());
    }

    private static void stopQuietly(SshServer server, String name) {
        try {
            server.stop(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "The emulated host " + name + " did not stop cleanly.", e);
        }
    }

    /** Best effort: a gateway that is gone already has nothing to be told. */
    private static void disconnectQuietly(SanBackend backend, String guid, String name) {
        try {
            backend.disconnectSdc(guid);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not report the SDC of " + name + " disconnected.", e);
        }
    }
}
