package io.arrowhead.core.hosts;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.SecretStore;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.internal.hosts.HostConnector;
import io.arrowhead.core.internal.hosts.HostSecretKeeper;
import io.arrowhead.core.internal.hosts.HostSettingsStore;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostKeyCallback;
import io.arrowhead.hosts.HostKeyStore;
import io.arrowhead.hosts.HostSession;

/**
 * The Docker hosts of the console: adding, editing and removing them, and opening SSH sessions to them. Settings are
 * kept in the preferences ({@code hosts/<id>}), passwords and key passphrases only in the {@link SecretStore}; the
 * demo's emulated hosts are kept in memory only. Host keys are checked against {@code known_hosts} in the
 * application directory and the user's {@code ~/.ssh/known_hosts}; an unknown key goes to the callback, and without
 * one it is refused. Listeners hear of every change. Thread-safe.
 */
public final class DockerHosts implements AutoCloseable {

    /** The application's own known hosts file in the directory given to the constructor. */
    public static final String KNOWN_HOSTS = "known_hosts";

    private final HostSecretKeeper secrets;
    private final HostSettingsStore store;
    private final OperationsLog operationsLog;
    private final List<ManagedHost> hosts = new CopyOnWriteArrayList<>();
    private final List<HostsListener> listeners = new CopyOnWriteArrayList<>();
    private final HostConnector connector;

    /**
     * @param appDirectory where the application's {@code known_hosts} lives, such as {@code ~/.arrowhead}
     * @param operationsLog where the host operations on these hosts are recorded
     */
    public DockerHosts(SecretStore secrets, Preferences settingsNode, Path appDirectory, OperationsLog operationsLog) {
        this.secrets = new HostSecretKeeper(secrets);
        this.store = new HostSettingsStore(settingsNode);
        this.operationsLog = Objects.requireNonNull(operationsLog);
        HostKeyStore keys = HostKeyStore.withUserKnownHosts(appDirectory.resolve(KNOWN_HOSTS));
        this.connector = new HostConnector(keys, this::secretFor);
        for (HostSettingsStore.SavedHost saved : store.load()) {
            hosts.add(new ManagedHost(this, saved.id(), saved.name(), saved.definition(), false));
        }
    }

    public List<ManagedHost> all() {
        return List.copyOf(hosts);
    }

    public Optional<ManagedHost> find(String id) {
        return hosts.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<ManagedHost> findByName(String name) {
        return hosts.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    public OperationsLog operationsLog() {
        return operationsLog;
    }

    /** The trusted host keys: the application's file, the user's known hosts and the session's trust. */
    public HostKeyStore hostKeys() {
        return connector.keys();
    }

    /** Who decides about a host key no known hosts file records; {@code null} refuses every such key. */
    public void setHostKeyCallback(HostKeyCallback callback) {
        connector.callback(callback);
    }

    public void addListener(HostsListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(HostsListener listener) {
        listeners.remove(listener);
    }

    /**
     * Saves a new host, and its password or key passphrase unless {@code secretOrNull} is null. Nothing is kept if
     * secure storage or the preferences refuse.
     */
    public ManagedHost add(String name, HostDefinition definition, char[] secretOrNull) throws SecretStoreException {
        requireUniqueName(name, null);
        ManagedHost host = new ManagedHost(this, UUID.randomUUID().toString(), name, definition, false);
        if (secretOrNull != null) {
            secrets.save(host.id(), false, secretOrNull);
        }
        try {
            save(host);
        } catch (SecretStoreException e) {
            try {
                secrets.forget(host.id(), false);
            } catch (SecretStoreException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        hosts.add(host);
        fire(host, HostsEvent.Kind.ADDED);
        return host;
    }

    /** Adds a host that is never saved, such as the demo's, whose key (if given) is trusted for the session. */
    public ManagedHost addTransient(String name, HostDefinition definition, char[] secretOrNull,
        PublicKey hostKeyOrNull) {
        ManagedHost host = new ManagedHost(this, "transient-" + UUID.randomUUID(), name, definition, true);
        if (secretOrNull != null) {
            secrets.keepInMemory(host.id(), secretOrNull);
        }
        if (hostKeyOrNull != null) {
            connector.keys().trustForSession(definition, hostKeyOrNull);
        }
        hosts.add(host);
        fire(host, HostsEvent.Kind.ADDED);
        return host;
    }

    /**
     * Changes a host's name and settings, and its secret unless {@code newSecretOrNull} is null; a host that now uses
     * the SSH agent forgets its old secret.
     */
    public void update(ManagedHost host, String name, HostDefinition definition, char[] newSecretOrNull)
        throws SecretStoreException {
        requireUniqueName(name, host);
        if (newSecretOrNull != null) {
            secrets.save(host.id(), host.isDemo(), newSecretOrNull);
        } else if (definition.authentication() instanceof HostAuthentication.Agent) {
            secrets.forget(host.id(), host.isDemo());
        }
        host.set(name, definition);
        if (!host.isDemo()) {
            save(host);
        }
        fire(host, HostsEvent.Kind.CHANGED);
    }

    /** Forgets a host and its secret; its known host key stays, as it belongs to the machine. */
    public void remove(ManagedHost host) throws SecretStoreException {
        if (!hosts.remove(host)) {
            return;
        }
        secrets.forget(host.id(), host.isDemo());
        if (!host.isDemo()) {
            store.remove(host.id());
        }
        fire(host, HostsEvent.Kind.REMOVED);
    }

    /** Opens an SSH session to a host; the caller closes it. Blocks for as long as connecting and logging in take. */
    public HostSession open(ManagedHost host) throws HostException {
        return connector.open(host.definition());
    }

    /** Closes the SSH client and wipes the in-memory secrets, for shutdown. */
    @Override
    public void close() {
        connector.close();
        secrets.wipeAll();
    }

    private char[] secretFor(HostDefinition definition) throws SecretStoreException {
        ManagedHost host = hosts.stream().filter(h -> h.definition() == definition).findFirst()
            .or(() -> hosts.stream().filter(h -> h.definition().equals(definition)).findFirst()).orElse(null);
        return host == null ? null : secrets.read(host.id());
    }

    private void save(ManagedHost host) throws SecretStoreException {
        store.save(host.id(), host.name(), host.definition());
    }

    private void requireUniqueName(String name, ManagedHost self) {
        for (ManagedHost other : hosts) {
            if (other != self && name != null && other.name().equalsIgnoreCase(name.strip())) {
                throw new IllegalArgumentException("A Docker host named " + name.strip() + " already exists.");
            }
        }
    }

    private void fire(ManagedHost host, HostsEvent.Kind kind) {
        HostsEvent event = new HostsEvent(host, kind);
        for (HostsListener listener : listeners) {
            try {
                listener.hostsChanged(event);
            } catch (RuntimeException e) {
                ILog.of(DockerHosts.class).log(Status.error("A Docker hosts listener failed.", e));
            }
        }
    }
}
