package io.arrowhead.core.internal.hosts;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.arrowhead.core.SecretStore;
import io.arrowhead.core.SecretStoreException;

/**
 * The SSH passwords and key passphrases of the Docker hosts: a saved host's in secure storage, a transient (demo)
 * host's only in memory, as a copy that is wiped when the host goes or the console stops. Every secret handed out is
 * a fresh copy, because the SSH layer wipes the array it is given.
 */
public final class HostSecretKeeper {

    private final SecretStore store;
    /** Secrets of hosts that are not saved; never written anywhere. */
    private final Map<String, char[]> inMemory = new ConcurrentHashMap<>();

    public HostSecretKeeper(SecretStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Keeps the secret of a host: in memory for a transient host, else in secure storage, where a failure midway puts
     * the previous secret back. The caller's array stays.
     */
    public void save(String hostId, boolean transientHost, char[] secret) throws SecretStoreException {
        if (transientHost) {
            keepInMemory(hostId, secret);
        } else {
            changeStored(hostId, Objects.requireNonNull(secret));
        }
    }

    /** Keeps a copy of a transient host's secret in memory, wiping the copy it replaces. */
    public void keepInMemory(String hostId, char[] secret) {
        wipe(inMemory.put(hostId, secret.clone()));
    }

    /**
     * Forgets the secret of a host wherever it is kept; a transient host's copy is wiped. If secure storage fails
     * midway, the previous secret is put back.
     */
    public void forget(String hostId, boolean transientHost) throws SecretStoreException {
        wipe(inMemory.remove(hostId));
        if (!transientHost) {
            changeStored(hostId, null);
        }
    }

    /**
     * Sets (or with null removes) a saved host's secret. Secure storage may change its memory and then fail to write
     * its file, so the previous secret is read first and put back on failure: memory and file keep agreeing.
     */
    private void changeStored(String hostId, char[] secretOrNull) throws SecretStoreException {
        char[] previous = store.hostSecret(hostId).orElse(null);
        try {
            setStored(hostId, secretOrNull);
        } catch (SecretStoreException | RuntimeException e) {
            try {
                setStored(hostId, previous);
            } catch (SecretStoreException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        } finally {
            wipe(previous);
        }
    }

    private void setStored(String hostId, char[] secretOrNull) throws SecretStoreException {
        if (secretOrNull == null) {
            store.removeHostSecret(hostId);
        } else {
            store.setHostSecret(hostId, secretOrNull);
        }
    }

    /** A copy of the host's secret for the caller to wipe, or {@code null} when none is kept. */
    public char[] read(String hostId) throws SecretStoreException {
        char[] kept = inMemory.get(hostId);
        return kept != null ? kept.clone() : store.hostSecret(hostId).orElse(null);
    }

    /** Wipes and drops every in-memory secret, for shutdown. */
    public void wipeAll() {
        inMemory.values().forEach(HostSecretKeeper::wipe);
        inMemory.clear();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
