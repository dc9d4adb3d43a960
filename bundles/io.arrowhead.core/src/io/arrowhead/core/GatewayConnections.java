package io.arrowhead.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.internal.ClusterRead;
import io.arrowhead.core.internal.ConnectionSettingsStore;
import io.arrowhead.core.internal.ParallelLogout;
import io.arrowhead.core.internal.TrustedLogin;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;

/**
 * The gateways of the console: adding, editing and removing them, and connecting, refreshing and disconnecting them
 * as jobs under each gateway's {@link GatewayRule}. Listeners hear of every change. Thread-safe.
 */
public final class GatewayConnections {

    /** How long closing the console waits for gateways to confirm the logout, all of them together. */
    public static final Duration SHUTDOWN_LOGOUT_DEADLINE = Duration.ofSeconds(2);

    private final SecretStore secrets;
    private final ConnectionSettingsStore store;
    private final TrustedLogin login;
    private final List<GatewayConnection> connections = new CopyOnWriteArrayList<>();
    /** The gateways saved by an earlier run, as loaded when the console started. */
    private final List<GatewayConnection> restored;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    /** Passwords of connections that are not saved, such as the demo's; never written anywhere. */
    private final Map<String, char[]> transientPasswords = new ConcurrentHashMap<>();

    public GatewayConnections(SecretStore secrets, Preferences settingsNode) {
        this.secrets = Objects.requireNonNull(secrets);
        this.store = new ConnectionSettingsStore(settingsNode);
        this.login = new TrustedLogin(secrets);
        for (ConnectionSettings settings : store.load()) {
            connections.add(new GatewayConnection(this, settings));
        }
        restored = List.copyOf(connections);
    }

    public List<GatewayConnection> all() {
        return List.copyOf(connections);
    }

    /** The saved gateways loaded when this console started, which the user may have removed since. */
    public List<GatewayConnection> restored() {
        return restored;
    }

    public Optional<GatewayConnection> find(String id) {
        return connections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public SecretStore secrets() {
        return secrets;
    }

    public void setTrustCallback(CertificateTrustCallback callback) {
        login.callback(callback);
    }

    public void addListener(ConnectionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    /** Saves a new gateway and its password. Nothing is kept if secure storage refuses the password. */
    public GatewayConnection add(ConnectionSettings settings, char[] password) throws SecretStoreException {
        requireUniqueName(settings, null);
        SecretPurpose.savingGatewayPassword(settings.name()).during(() -> {
            secrets.setPassword(settings.id(), password);
            return null;
        });
        GatewayConnection connection = new GatewayConnection(this, settings);
        connections.add(connection);
        try {
            save();
        } catch (SecretStoreException e) {
            connections.remove(connection);
            secrets.removePassword(settings.id());
            throw e;
        }
        fire(connection, ConnectionEvent.Kind.ADDED);
        return connection;
    }

    /**
     * Adds a gateway that is never saved, such as the embedded demo, whose certificate is trusted for the session.
     */
    public GatewayConnection addTransient(ConnectionSettings settings, char[] password, String certificatePin) {
        transientPasswords.put(settings.id(), password.clone());
        if (certificatePin != null) {
            login.trustForSession(settings.endpoint(), certificatePin);
        }
        GatewayConnection connection = new GatewayConnection(this, settings);
        connections.add(0, connection);
        fire(connection, ConnectionEvent.Kind.ADDED);
        return connection;
    }

    /**
     * Changes a gateway's settings, and its password unless {@code newPasswordOrNull} is null. A connected gateway
     * reconnects when its URL, user or password changed; a new name alone needs no new session.
     */
    public void update(GatewayConnection connection, ConnectionSettings settings, char[] newPasswordOrNull)
        throws SecretStoreException {
        requireUniqueName(settings, connection);
        if (newPasswordOrNull != null) {
            SecretPurpose.savingGatewayPassword(settings.name()).during(() -> {
                secrets.setPassword(connection.id(), newPasswordOrNull);
                return null;
            });
        }
        ConnectionSettings old = connection.settings();
        boolean sameGateway = old.url().equals(settings.url()) && old.user().equals(settings.user())
            && newPasswordOrNull == null;
        boolean wasConnected = connection.state() != ConnectionState.DISCONNECTED;
        connection.settings(settings);
        save();
        fire(connection, ConnectionEvent.Kind.SETTINGS_CHANGED);
        if (wasConnected && !sameGateway) {
            connect(connection);
        }
    }

    /** Forgets every trust decision about an endpoint's certificate, pinned or for this session. */
    public void forgetCertificate(io.arrowhead.scaleio.client.GatewayEndpoint endpoint) throws SecretStoreException {
        login.forget(endpoint);
    }

    /** Disconnects and forgets a gateway, its password included. Its certificate pin stays with its endpoint. */
    public void remove(GatewayConnection connection) throws SecretStoreException {
        if (!connections.remove(connection)) {
            return;
        }
        ClusterLoadJob.cancelAutoRefresh(connection);
        closeClient(connection);
        transientPasswords.remove(connection.id());
        if (!connection.isDemo()) {
            secrets.removePassword(connection.id());
            save();
        }
        fire(connection, ConnectionEvent.Kind.REMOVED);
    }

    /** Logs in and loads the cluster in a job, asking the trust callback about an unknown certificate. */
    public Job connect(GatewayConnection connection) {
        return ClusterLoadJob.start(connection, true, true, 0);
    }

    /**
     * Reloads the cluster of a connected gateway, or connects it if it is not. A failure shows on the gateway and in
     * the Error Log, not as a dialog: the job ends OK.
     */
    public Job refresh(GatewayConnection connection) {
        return ClusterLoadJob.startRefresh(connection);
    }

    /** Logs out in a job; the last model is dropped, since it can no longer be kept current. */
    public Job disconnect(GatewayConnection connection) {
        ClusterLoadJob.cancelAutoRefresh(connection);
        // A connect still pending, such as one of the reconnects at start, would otherwise run first.
        for (Job load : Job.getJobManager().find(connection)) {
            if (load instanceof ClusterLoadJob) {
                load.cancel();
            }
        }
        Job job = Job.create("Disconnecting from " + connection.name(), monitor -> {
            ClusterLoadJob.cancelAutoRefresh(connection);
            closeClient(connection);
            connection.model(null);
            setState(connection, ConnectionState.DISCONNECTED, null);
        });
        job.setRule(connection.rule());
        job.schedule();
        return job;
    }

    /**
     * Logs in to a gateway that is not saved yet and reads its System, for a wizard's "Test connection". Runs on the
     * caller's thread, which must not be the UI thread; trust decisions made on the way are kept.
     */
    public ScaleIoSystem probe(String url, String user, char[] password, IProgressMonitor monitor)
        throws GatewayClientException, SecretStoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Connecting to " + url, 2);
        try (GatewayClient client = login.login(url, user, password)) {
            progress.worked(1);
            List<ScaleIoSystem> systems = client.systems();
            if (systems.isEmpty()) {
                throw new IllegalStateException("The gateway " + url + " answered, but manages no ScaleIO system.");
            }
            return systems.getFirst();
        }
    }

    /**
     * Disconnects everything, for shutdown, waiting at most {@link #SHUTDOWN_LOGOUT_DEADLINE} for the gateways:
     * cancels their jobs, then logs out of all of them at once and closes their clients.
     */
    public void dispose() {
        dispose(SHUTDOWN_LOGOUT_DEADLINE);
    }

    /** {@link #dispose()} with another deadline for the logouts. */
    public void dispose(Duration logoutDeadline) {
        connections.forEach(ClusterLoadJob::cancelAutoRefresh);
        // Clients first: a cancelled job that changed the cluster reloads only through a client still in place.
        List<GatewayClient> clients = connections.stream().map(c -> c.swapClient(null)).filter(Objects::nonNull)
            .toList();
        connections.forEach(c -> Job.getJobManager().cancel(c));
        ParallelLogout.logOutAll(clients, logoutDeadline);
        GatewayClient.releaseIdleConnections();
        transientPasswords.values().forEach(p -> Arrays.fill(p, '\0'));
    }

    GatewayClient open(GatewayConnection connection) throws GatewayClientException, SecretStoreException {
        char[] password = transientPasswords.get(connection.id());
        char[] saved = password == null ? SecretPurpose.connectingGateway(connection.name())
            .during(() -> secrets.password(connection.id())).orElse(new char[0]) : null;
        try {
            return login.login(connection.settings().url(), connection.settings().user(),
                password != null ? password : saved);
        } finally {
            if (saved != null) {
                Arrays.fill(saved, '\0');
            }
        }
    }

    /** Loads the cluster again through a client that is already logged in, and publishes it. */
    void reload(GatewayConnection connection, GatewayClient client) throws GatewayClientException {
        setModel(connection, ClusterRead.model(client));
        setState(connection, ConnectionState.CONNECTED, null);
    }

    /**
     * Marks a gateway FAILED with the failure's description. With {@code report}, a gateway that was not failed yet
     * also gets an Error Log entry; a job whose error status carries the failure passes {@code false}, because the
     * workbench logs that status already.
     */
    void fail(GatewayConnection connection, Throwable cause, boolean report) {
        String message = GatewayErrors.describe(cause);
        if (report && connection.state() != ConnectionState.FAILED) {
            ILog.of(GatewayConnections.class).log(Status.error(connection.name() + ": " + message, cause));
        }
        setState(connection, ConnectionState.FAILED, message);
    }

    void setState(GatewayConnection connection, ConnectionState state, String error) {
        if (connection.state() == state && Objects.equals(connection.lastError(), error)) {
            return;
        }
        connection.state(state, error);
        fire(connection, ConnectionEvent.Kind.STATE_CHANGED);
    }

    /** Marks a load as running or done; listeners hear a STATE_CHANGED when that changes. */
    void setLoading(GatewayConnection connection, boolean loading) {
        if (connection.isLoading() == loading) {
            return;
        }
        connection.loading(loading);
        fire(connection, ConnectionEvent.Kind.STATE_CHANGED);
    }

    void setModel(GatewayConnection connection, ClusterModel model) {
        connection.model(model);
        fire(connection, ConnectionEvent.Kind.MODEL_CHANGED);
    }

    void fire(GatewayConnection connection, ConnectionEvent.Kind kind) {
        ConnectionEvent event = new ConnectionEvent(connection, kind);
        for (ConnectionListener listener : listeners) {
            try {
                listener.connectionChanged(event);
            } catch (RuntimeException e) {
                ILog.of(GatewayConnections.class).log(Status.error("A connection listener failed", e));
            }
        }
    }

    static void closeClient(GatewayConnection connection) {
        GatewayClient old = connection.swapClient(null);
        if (old != null) {
            old.close();
        }
    }

    private void requireUniqueName(ConnectionSettings settings, GatewayConnection self) {
        for (GatewayConnection other : connections) {
            if (other != self && other.name().equalsIgnoreCase(settings.name())) {
                throw new IllegalArgumentException("A gateway named " + settings.name() + " already exists.");
            }
        }
    }

    private void save() throws SecretStoreException {
        List<ConnectionSettings> settings = new ArrayList<>();
        connections.forEach(c -> settings.add(c.settings()));
        try {
            store.save(settings);
        } catch (BackingStoreException e) {
            throw new SecretStoreException("Could not save the gateway list: " + e.getMessage(), e);
        }
    }
}
