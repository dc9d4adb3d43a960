package io.arrowhead.core.hosts;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.SecretStore;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.internal.hosts.HostConnector;
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

    private final SecretStore secrets;
    private final HostSettingsStore store;
    private final OperationsLog operationsLog;
    private final List<ManagedHost> hosts = new CopyOnWriteArrayList<>();
    private final List<HostsListener> listeners = new CopyOnWriteArrayList<>();
    /** Secrets of hosts that are not saved, such as the demo's; never written anywhere. */
    private final Map<String, char[]> transientSecrets = new ConcurrentHashMap<>();
    private final HostConnector connector;

    /**
     * @param appDirectory where the application's {@code known_hosts} lives, such as {@code ~/.arrowhead}
     * @param operationsLog where the host operations on these hosts are recorded
     */
    public DockerHosts(SecretStore secrets, Preferences settingsNode, Path appDirectory, OperationsLog operationsLog) {
        this.secrets = Objects.requireNonNull(secrets);
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
            secrets.setHostSecret(host.id(), secretOrNull);
        }
        try {
            save(host);
        } catch (SecretStoreException e) {
            secrets.removeHostSecret(host.id());
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
            transientSecrets.put(host.id(), secretOrNull.clone());
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
            storeSecret(host, newSecretOrNull);
        } else if (definition.authentication() instanceof HostAuthentication.Agent && !host.isDemo()) {
            secrets.removeHostSecret(host.id());
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
        char[] secret = transientSecrets.remove(host.id());
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
        if (!host.isDemo()) {
            secrets.removeHostSecret(host.id());
            try {
                store.remove(host.id());
            } catch (BackingStoreException e) {
                throw new SecretStoreException("Could not save the Docker host list: " + e.getMessage(), e);
            }
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
        transientSecrets.values().forEach(secret -> Arrays.fill(secret, '\0'));
    }

    private char[] secretFor(HostDefinition definition) throws SecretStoreException {
        ManagedHost host = hosts.stream().filter(h -> h.definition() == definition).findFirst()
            .or(() -> hosts.stream().filter(h -> h.definition().equals(definition)).findFirst()).orElse(null);
        if (host == null) {
            return null;
        }
        char[] secret = transientSecrets.get(host.id());
        return secret != null ? secret.clone() : secrets.hostSecret(host.id()).orElse(null);
    }

    private void storeSecret(ManagedHost host, char[] secret) throws SecretStoreException {
        if (host.isDemo()) {
            char[] old = transientSecrets.put(host.id(), secret.clone());
            if (old != null) {
                Arrays.fill(old, '\0');
            }
        } else {
            secrets.setHostSecret(host.id(), secret);
        }
    }

    private void save(ManagedHost host) throws SecretStoreException {
        try {
            store.save(host.id(), host.name(), host.definition());
        } catch (BackingStoreException e) {
            throw new SecretStoreException("Could not save the Docker host list: " + e.getMessage(), e);
        }
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
                ILog.of(DockerHosts.class).log(Status.error("A Docker hosts listener failed", e));
            }
        }
    }
}
