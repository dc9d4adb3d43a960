package io.arrowhead.hosts;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;

import io.arrowhead.hosts.internal.KnownHostsFile;

/**
 * The host keys Arrowhead trusts: an application-owned file in OpenSSH known_hosts format (the only one written),
 * read-only known_hosts files such as the user's {@code ~/.ssh/known_hosts}, and keys trusted for this session.
 */
public final class HostKeyStore {

    private final Path appKnownHosts;
    private final List<Path> readOnlyKnownHosts;
    private final Map<String, List<PublicKey>> sessionKeys = new ConcurrentHashMap<>();

    public HostKeyStore(Path appKnownHosts, List<Path> readOnlyKnownHosts) {
        this.appKnownHosts = appKnownHosts;
        this.readOnlyKnownHosts = List.copyOf(readOnlyKnownHosts);
    }

    /** The app file plus the user's {@code ~/.ssh/known_hosts}. */
    public static HostKeyStore withUserKnownHosts(Path appKnownHosts) {
        return new HostKeyStore(appKnownHosts, List.of(KnownHostEntry.getDefaultKnownHostsFile()));
    }

    /** The key's fingerprint as {@code ssh-keygen -l} prints it: {@code SHA256:<base64>}. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    public Path appKnownHosts() {
        return appKnownHosts;
    }

    /** Remembers the key in the application's file (created 0600; an existing file keeps its permissions). */
    public synchronized void trust(HostDefinition host, PublicKey key) throws IOException {
        KnownHostsFile.append(appKnownHosts, KnownHostHashValue.createHostPattern(host.address(), host.port()) + " "
            + PublicKeyEntry.toString(key));
    }

    /** Trusts the key until this store is discarded (never written anywhere). */
    public void trustForSession(HostDefinition host, PublicKey key) {
        sessionKeys.computeIfAbsent(host.key(), k -> new CopyOnWriteArrayList<>()).add(key);
    }

    /** Drops what the application file and the session trust record for the host (read-only files stay). */
    public synchronized void forget(HostDefinition host) throws IOException {
        sessionKeys.remove(host.key());
        KnownHostsFile.removeHost(appKnownHosts, host.address(), host.port());
    }

    /**
     * Fails when a known hosts file (the application's or a read-only one) has an {@code @revoked} line for this key,
     * whatever host that line names, as OpenSSH does; such a key is never trusted, not even for the session.
     */
    public void requireNotRevoked(HostDefinition host, PublicKey key) throws HostKeyRevokedException {
        List<Path> files = new ArrayList<>(List.of(appKnownHosts));
        files.addAll(readOnlyKnownHosts);
        for (Path file : files) {
            int line;
            synchronized (this) {
                line = KnownHostsFile.revokedLine(file, key);
            }
            if (line > 0) {
                throw new HostKeyRevokedException("The " + KeyUtils.getKeyType(key) + " key "
                    + KeyUtils.getFingerPrint(BuiltinDigests.sha256, key) + " of " + host.displayName()
                    + " is marked @revoked in " + file + " on line " + line
                    + ", so Arrowhead refused it and sent nothing to the host.", file, line);
            }
        }
    }

    /** Every key recorded for the host, in all files and the session trust. */
    public List<PublicKey> knownKeys(HostDefinition host) {
        List<PublicKey> keys = new ArrayList<>(sessionKeys.getOrDefault(host.key(), List.of()));
        synchronized (this) {
            keys.addAll(KnownHostsFile.keysFor(appKnownHosts, host.address(), host.port()));
        }
        for (Path file : readOnlyKnownHosts) {
            keys.addAll(KnownHostsFile.keysFor(file, host.address(), host.port()));
        }
        return keys;
    }
}
