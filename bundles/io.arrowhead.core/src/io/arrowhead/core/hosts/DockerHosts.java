package io.arrowhead.core.hosts;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.SecretPurpose;
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
    /** Where the secrets of definitions opened unsaved come from, while they are being opened. */
    private final Map<HostDefinition, HostConnector.SecretLookup> unsaved =
        Collections.synchronizedMap(new IdentityHashMap<>());
    /** Serialises the changes, so that each is all or nothing as others see it. */
    private final Object changes = new Object();

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
        ManagedHost host;
        synchronized (changes) {
            requireUniqueName(name, null);
            host = new ManagedHost(this, UUID.randomUUID().toString(), name, definition, false);
            if (secretOrNull != null) {
                SecretPurpose.savingHostSecret(name).during(() -> {
                    secrets.save(host.id(), false, secretOrNull);
                    return null;
                });
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
        }
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
     * the SSH agent forgets its old secret. All or nothing: if the preferences or secure storage refuse, what was
     * already changed is put back, listeners hear nothing, and the exception says the host was not changed.
     */
    public void update(ManagedHost host, String name, HostDefinition definition, char[] newSecretOrNull)
        throws SecretStoreException {
        synchronized (changes) {
            requireUniqueName(name, host);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A Docker host needs a name.");
            }
            Objects.requireNonNull(definition, "definition");
            String oldName = host.name();
            HostDefinition oldDefinition = host.definition();
            HostSettingsStore.Snapshot before = null;
            try {
                host.set(name, definition);
                if (!host.isDemo()) {
                    before = save(host);
                }
                // The secret goes last, so nothing can fail after it; the keeper puts the old one back if it fails.
                if (newSecretOrNull != null) {
                    SecretPurpose.savingHostSecret(name).during(() -> {
                        secrets.save(host.id(), host.isDemo(), newSecretOrNull);
                        return null;
                    });
                } else if (definition.authentication() instanceof HostAuthentication.Agent) {
                    secrets.forget(host.id(), host.isDemo());
                }
            } catch (SecretStoreException | RuntimeException e) {
                host.set(oldName, oldDefinition);
                throw undone("The changes to the Docker host " + oldName + " were not made", before, e);
            }
        }
        fire(host, HostsEvent.Kind.CHANGED);
    }

    /**
     * Forgets a host and its secret; its known host key stays, as it belongs to the machine. All or nothing like
     * {@link #update}: on a failure the host stays in the list, in the preferences and in secure storage.
     */
    public void remove(ManagedHost host) throws SecretStoreException {
        synchronized (changes) {
            if (!hosts.contains(host)) {
                return;
            }
            HostSettingsStore.Snapshot before = null;
            try {
                if (!host.isDemo()) {
                    before = store.remove(host.id());
                }
                secrets.forget(host.id(), host.isDemo());
            } catch (SecretStoreException | RuntimeException e) {
                throw undone("The Docker host " + host.name() + " was not removed", before, e);
            }
            hosts.remove(host);
        }
        fire(host, HostsEvent.Kind.REMOVED);
    }

    /**
     * Puts back the host's settings as they were before (unless null: nothing was written) after a failed step; says
     * what happened, as one exception.
     */
    private SecretStoreException undone(String what, HostSettingsStore.Snapshot before, Exception failure) {
        String message = what + ": " + failure.getMessage();
        if (before != null) {
            try {
                store.restore(before);
            } catch (SecretStoreException undo) {
                failure.addSuppressed(undo);
                message += " Its saved settings could not be put back on disk either (" + undo.getMessage()
                    + "); they are back in memory and are written with the next change.";
            }
        }
        return new SecretStoreException(message, failure);
    }

    /** Opens an SSH session to a host; the caller closes it. Blocks for as long as connecting and logging in take. */
    public HostSession open(ManagedHost host) throws HostException {
        return connector.open(host.definition());
    }

    /**
     * Opens an SSH session as {@link #open} does, but refuses a host key no one has trusted instead of asking the
     * callback: for background checks, which must not open dialogs.
     */
    public HostSession openWithoutAsking(ManagedHost host) throws HostException {
        return connector.openWithoutAsking(host.definition());
    }

    /**
     * Opens a session to a definition that is not saved, such as the one a wizard tests before saving it: with
     * {@code secretOrNull}, or when that is null with the saved secret of {@code secretOwnerOrNull} (the host being
     * edited), else with none. The secret is used for this session only; the caller's array stays and the caller
     * closes the session. Blocks for as long as connecting and logging in take.
     */
    public HostSession openUnsaved(HostDefinition definition, char[] secretOrNull, ManagedHost secretOwnerOrNull)
        throws HostException {
        char[] copy = secretOrNull == null ? null : secretOrNull.clone();
        HostConnector.SecretLookup lookup;
        if (copy != null) {
            lookup = d -> copy.clone();
        } else if (secretOwnerOrNull != null) {
            lookup = d -> SecretPurpose.connectingHost(secretOwnerOrNull.name())
                .during(() -> secrets.read(secretOwnerOrNull.id()));
        } else {
            lookup = d -> null;
        }
        unsaved.put(definition, lookup);
        try {
            return connector.open(definition);
        } finally {
            unsaved.remove(definition);
            if (copy != null) {
                Arrays.fill(copy, '\0');
            }
        }
    }

    /** Closes the SSH client and wipes the in-memory secrets, for shutdown. */
    @Override
    public void close() {
        connector.close();
        secrets.wipeAll();
    }

    private char[] secretFor(HostDefinition definition) throws SecretStoreException {
        HostConnector.SecretLookup trial = unsaved.get(definition);
        if (trial != null) {
            return trial.secretFor(definition);
        }
        ManagedHost host = hosts.stream().filter(h -> h.definition() == definition).findFirst()
            .or(() -> hosts.stream().filter(h -> h.definition().equals(definition)).findFirst()).orElse(null);
        return host == null ? null : SecretPurpose.connectingHost(host.name()).during(() -> secrets.read(host.id()));
    }

    private HostSettingsStore.Snapshot save(ManagedHost host) throws SecretStoreException {
        return store.save(host.id(), host.name(), host.definition());
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
