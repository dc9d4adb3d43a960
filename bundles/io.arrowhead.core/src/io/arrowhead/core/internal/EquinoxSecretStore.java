package io.arrowhead.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

import io.arrowhead.core.SecretStore;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.scaleio.client.GatewayEndpoint;

/**
 * Secrets in Equinox secure storage, under {@code /io.arrowhead}: passwords per connection id and SSH secrets per
 * Docker host id ({@code hosts/<id>/secret}), both encrypted, and certificate pins per endpoint. A pin is not
 * secret, but it decides whom the console trusts, so it lives in the same protected store rather than in a
 * preference file anyone can edit. When the store knows its file, it keeps the file owner-only after each write.
 */
public final class EquinoxSecretStore implements SecretStore {

    private static final String ROOT = "io.arrowhead";
    private static final String PASSWORD = "password";
    private static final String FINGERPRINT = "sha256";
    private static final String SECRET = "secret";

    private final ISecurePreferences root;
    private final Path file;

    public EquinoxSecretStore(ISecurePreferences storage) {
        this(storage, null);
    }

    /** A store in secure storage kept in {@code fileOrNull}, whose mode stays 0600 (see {@link SecureStorageFile}). */
    public EquinoxSecretStore(ISecurePreferences storage, Path fileOrNull) {
        this.root = Objects.requireNonNull(storage).node(ROOT);
        this.file = fileOrNull;
    }

    @Override
    public Optional<char[]> password(String connectionId) throws SecretStoreException {
        return read(gatewayPath(connectionId), PASSWORD, "read the password of a gateway").map(String::toCharArray);
    }

    @Override
    public void setPassword(String connectionId, char[] password) throws SecretStoreException {
        write(gatewayPath(connectionId), PASSWORD, new String(password), true, "save the password of a gateway");
    }

    @Override
    public void removePassword(String connectionId) throws SecretStoreException {
        removeNode(gatewayPath(connectionId), "remove the password of a gateway");
    }

    @Override
    public Optional<String> pinnedFingerprint(GatewayEndpoint endpoint) throws SecretStoreException {
        return read(pinPath(endpoint), FINGERPRINT, "read a pinned certificate");
    }

    @Override
    public void pinFingerprint(GatewayEndpoint endpoint, String sha256Fingerprint) throws SecretStoreException {
        write(pinPath(endpoint), FINGERPRINT, sha256Fingerprint, false, "pin a certificate");
    }

    @Override
    public void removePin(GatewayEndpoint endpoint) throws SecretStoreException {
        removeNode(pinPath(endpoint), "remove a pinned certificate");
    }

    @Override
    public Optional<char[]> hostSecret(String hostId) throws SecretStoreException {
        return read(hostPath(hostId), SECRET, "read the SSH secret of a Docker host").map(String::toCharArray);
    }

    @Override
    public void setHostSecret(String hostId, char[] secret) throws SecretStoreException {
        write(hostPath(hostId), SECRET, new String(secret), true, "save the SSH secret of a Docker host");
    }

    @Override
    public void removeHostSecret(String hostId) throws SecretStoreException {
        removeNode(hostPath(hostId), "remove the SSH secret of a Docker host");
    }

    private Optional<String> read(String path, String key, String what) throws SecretStoreException {
        if (!root.nodeExists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(root.node(path).get(key, null));
        } catch (StorageException e) {
            throw failure(what, e);
        }
    }

    private void write(String path, String key, String value, boolean encrypt, String what)
        throws SecretStoreException {
        try {
            ISecurePreferences node = root.node(path);
            node.put(key, value, encrypt);
            if (encrypt && !node.isEncrypted(key)) {
                // Without a master password Equinox keeps the value in plain text when no workbench runs (the
                // command line): take it back before anything reaches the file.
                node.remove(key);
                throw new SecretStoreException("Could not " + what + ": secure storage got no master password, so "
                    + "nothing was saved.", null);
            }
            flush();
        } catch (StorageException | IOException e) {
            throw failure(what, e);
        }
    }

    private void removeNode(String path, String what) throws SecretStoreException {
        if (!root.nodeExists(path)) {
            return;
        }
        root.node(path).removeNode();
        try {
            flush();
        } catch (IOException e) {
            throw failure(what, e);
        }
    }

    /**
     * Writes the storage to its file, then narrows the file's mode again in case the file was made anew. The secret is
     * saved by then, so a mode that cannot be set is logged rather than reported as a failed save.
     */
    private void flush() throws IOException {
        root.flush();
        if (file != null) {
            try {
                SecureStorageFile.restrictToOwner(file);
            } catch (IOException | RuntimeException e) {
                ILog.of(EquinoxSecretStore.class).warn("Could not make " + file + " readable by its owner only: "
                    + e.getMessage(), e);
            }
        }
    }

    private static String gatewayPath(String connectionId) {
        return "gateways/" + EncodingUtils.encodeSlashes(connectionId);
    }

    private static String hostPath(String hostId) {
        return "hosts/" + EncodingUtils.encodeSlashes(hostId);
    }

    private static String pinPath(GatewayEndpoint endpoint) {
        return "certificates/" + EncodingUtils.encodeSlashes(endpoint.host() + ":" + endpoint.port());
    }

    private static SecretStoreException failure(String what, Exception cause) {
        return new SecretStoreException("Could not " + what + " in secure storage: " + cause.getMessage(), cause);
    }
}
