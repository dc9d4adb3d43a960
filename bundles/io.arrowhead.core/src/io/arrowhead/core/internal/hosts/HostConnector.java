package io.arrowhead.core.internal.hosts;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

import io.arrowhead.core.SecretStoreException;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostKeyCallback;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostKeyStore;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.hosts.HostTimeouts;
import io.arrowhead.hosts.SshHosts;

/**
 * The one SSH client of the console's Docker hosts, started on first use so that a console without hosts runs no
 * SSH threads. Host key questions go to a callback that can be set later (by the UI); until then nobody can confirm
 * an unknown key, so it is refused and the error says so.
 */
public final class HostConnector implements AutoCloseable {

    /** Looks up the secret of a host definition in secure storage or in memory. */
    @FunctionalInterface
    public interface SecretLookup {
        char[] secretFor(HostDefinition host) throws SecretStoreException;
    }

    private final HostKeyStore keys;
    private final SecretLookup secrets;
    private volatile HostKeyCallback callback;
    /**
     * The definitions being opened for background checks, which must not ask anyone. By identity, since the key is
     * verified on an SSH worker thread that only sees the definition.
     */
    private final Set<HostDefinition> withoutAsking = Collections.synchronizedSet(
        Collections.newSetFromMap(new IdentityHashMap<>()));
    private SshHosts client;

    public HostConnector(HostKeyStore keys, SecretLookup secrets) {
        this.keys = Objects.requireNonNull(keys);
        this.secrets = Objects.requireNonNull(secrets);
    }

    public HostKeyStore keys() {
        return keys;
    }

    public void callback(HostKeyCallback newCallback) {
        callback = newCallback;
    }

    public HostSession open(HostDefinition host) throws HostException {
        boolean anyoneToAsk = callback != null;
        try {
            return client().open(host);
        } catch (HostKeyRejectedException e) {
            if (anyoneToAsk) {
                throw e;
            }
            throw new HostKeyRejectedException(host.displayName() + " presented a host key that is not known, and no "
                + "one could confirm it here. Connect to the host once from the console to trust its key.", e);
        }
    }

    /**
     * Opens a session without asking about an unknown host key: it is refused, and the error says that the key is
     * not trusted yet. For checks nobody asked for, which must not open dialogs.
     */
    public HostSession openWithoutAsking(HostDefinition host) throws HostException {
        withoutAsking.add(host);
        try {
            return client().open(host);
        } catch (HostKeyRejectedException e) {
            throw new HostKeyRejectedException(host.displayName() + " presented a host key that is not trusted yet. "
                + "Refresh the host (F5) or edit it and test the connection to see and trust its key.", e);
        } finally {
            withoutAsking.remove(host);
        }
    }

    private synchronized SshHosts client() {
        if (client == null) {
            client = new SshHosts(keys, this::decide, this::secretFor, HostTimeouts.defaults());
        }
        return client;
    }

    private HostKeyDecision decide(HostDefinition host, String keyType, String fingerprint) {
        HostKeyCallback current = withoutAsking.contains(host) ? null : callback;
        return current == null ? HostKeyDecision.REJECT : current.unknownHostKey(host, keyType, fingerprint);
    }

    private char[] secretFor(HostDefinition host) throws IOException {
        try {
            return secrets.secretFor(host);
        } catch (SecretStoreException e) {
            throw new IOException("The secret of " + host.displayName() + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
