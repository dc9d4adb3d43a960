package io.arrowhead.core.internal.hosts;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationSubject;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.model.Sdc;

/**
 * What one host operation works with: the gateway client, SSH sessions to its hosts, its steps and what it is about.
 * Cancelling stops the gateway call and host command in flight; undoing then needs calls nothing cancels, so undos
 * go through {@link #undoClient} and {@link #undoDocker}, on sessions of their own when the first ones were
 * cancelled. After {@link #enterUndoMode} the plain accessors give the undo resources too, for a move that attaches
 * the volume to its source again after the target failed.
 */
public final class OperationContext implements AutoCloseable {

    private final GatewayConnection connection;
    private final GatewayClient client;
    private final Supplier<GatewayClient> undoClients;
    private final OperationSteps steps;
    private final Map<ManagedHost, HostSession> sessions = new LinkedHashMap<>();
    private final Map<ManagedHost, HostSession> undoSessions = new LinkedHashMap<>();
    private final Map<ManagedHost, Sdc> sdcs = new LinkedHashMap<>();
    /** One DockerHost per session, so that what it learns (such as where drv_cfg is) serves every step. */
    private final Map<HostSession, DockerHost> dockers = new IdentityHashMap<>();
    private GatewayClient undoClient;
    private volatile boolean cancelled;
    private boolean undoMode;
    private String systemId;
    String volumeName;
    String volumeId;
    String dockerVolume;
    private final List<String> hosts;

    public OperationContext(GatewayConnection connection, GatewayClient client, Supplier<GatewayClient> undoClients,
        OperationSteps steps, List<String> hostNames) {
        this.hosts = List.copyOf(hostNames);
        this.connection = Objects.requireNonNull(connection);
        this.client = Objects.requireNonNull(client);
        this.undoClients = Objects.requireNonNull(undoClients);
        this.steps = Objects.requireNonNull(steps);
    }

    public OperationSteps steps() {
        return steps;
    }

    public GatewayConnection connection() {
        return connection;
    }

    public GatewayClient client() {
        return undoMode ? undoClient() : client;
    }

    public synchronized GatewayClient undoClient() {
        if (undoClient == null) {
            undoClient = undoClients.get();
        }
        return undoClient;
    }

    /** A Docker host over this operation's session to it, opened on first use. */
    public DockerHost docker(ManagedHost host) throws HostException {
        if (undoMode) {
            return undoDocker(host);
        }
        if (cancelled) {
            throw new OperationCanceledException();
        }
        return dockerOn(session(sessions, host));
    }

    /** A Docker host for undoing: the operation's session unless it was cancelled, else a fresh one. */
    public DockerHost undoDocker(ManagedHost host) throws HostException {
        return dockerOn(session(cancelled ? undoSessions : sessions, host));
    }

    private synchronized DockerHost dockerOn(HostSession session) {
        return dockers.computeIfAbsent(session, DockerHost::new);
    }

    /** The ScaleIO system id of the gateway, lower-case hex, as device links and Docker labels carry it. */
    public String systemId() throws GatewayClientException {
        if (systemId == null) {
            var model = connection.model();
            systemId = model != null && model.system() != null ? model.system().id()
                : client().systems().getFirst().id();
        }
        return systemId;
    }

    /** The SDC found for the host earlier in this operation, or {@code null}. */
    Sdc knownSdc(ManagedHost host) {
        return sdcs.get(host);
    }

    void rememberSdc(ManagedHost host, Sdc sdc) {
        sdcs.put(host, sdc);
    }

    /** From here on, nothing this operation does can be cancelled. */
    public void enterUndoMode() {
        undoMode = true;
        steps.ignoreCancellation();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the operation ended because it was cancelled, rather than because a step failed on its own. */
    public boolean cancelledBy(Throwable failure) {
        return cancelled || OperationSteps.isCancellation(failure);
    }

    /** Aborts the host commands in flight; called from the thread that cancels the job. */
    public void cancel() {
        cancelled = true;
        List<HostSession> live;
        synchronized (this) {
            live = List.copyOf(sessions.values());
        }
        live.forEach(HostSession::cancel);
    }

    /** Sets what the operation is about, as far as known before it runs; null leaves a value as it is. */
    public void about(String knownVolumeId, String knownVolumeName, String knownDockerVolume) {
        volumeId = knownVolumeId != null ? knownVolumeId : volumeId;
        volumeName = knownVolumeName != null ? knownVolumeName : volumeName;
        dockerVolume = knownDockerVolume != null ? knownDockerVolume : dockerVolume;
    }

    public OperationSubject subject() {
        return new OperationSubject(volumeName, volumeId, dockerVolume, hosts, connection.name());
    }

    @Override
    public synchronized void close() {
        sessions.values().forEach(HostSession::close);
        undoSessions.values().forEach(HostSession::close);
        sessions.clear();
        undoSessions.clear();
        dockers.clear();
    }

    private HostSession session(Map<ManagedHost, HostSession> pool, ManagedHost host) throws HostException {
        synchronized (this) {
            HostSession open = pool.get(host);
            if (open != null && open.isOpen()) {
                return open;
            }
        }
        HostSession opened = host.owner().open(host);
        synchronized (this) {
            pool.put(host, opened);
        }
        if (cancelled && pool == sessions) {
            opened.cancel();
        }
        return opened;
    }
}
