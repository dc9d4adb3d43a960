package io.arrowhead.core;

import java.util.Optional;

import io.arrowhead.scaleio.client.GatewayEndpoint;

/**
 * Where gateway passwords, pinned certificate fingerprints and Docker hosts' SSH secrets live. The console's
 * implementation is Equinox secure storage; nothing here is ever written to a plain file or a log.
 */
public interface SecretStore {

    /** The saved password of a connection, or empty. The caller owns the array and should clear it after use. */
    Optional<char[]> password(String connectionId) throws SecretStoreException;

    void setPassword(String connectionId, char[] password) throws SecretStoreException;

    void removePassword(String connectionId) throws SecretStoreException;

    /** The SHA-256 fingerprint pinned for an endpoint, upper-case colon hex, or empty. */
    Optional<String> pinnedFingerprint(GatewayEndpoint endpoint) throws SecretStoreException;

    void pinFingerprint(GatewayEndpoint endpoint, String sha256Fingerprint) throws SecretStoreException;

    void removePin(GatewayEndpoint endpoint) throws SecretStoreException;

    /** The saved SSH password or key passphrase of a Docker host, or empty. The caller should clear the array. */
    Optional<char[]> hostSecret(String hostId) throws SecretStoreException;

    void setHostSecret(String hostId, char[] secret) throws SecretStoreException;

    void removeHostSecret(String hostId) throws SecretStoreException;
}
