package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyCallback;
import io.arrowhead.hosts.HostKeyChangedException;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostKeyRevokedException;
import io.arrowhead.hosts.HostKeyStore;

/**
 * Refuses a key that a known hosts file marks {@code @revoked} without asking; accepts a host key that a known hosts
 * file or the session trust records; fails a key that differs from a recorded key of the same type without asking;
 * asks the callback about anything else. As in OpenSSH, a key of a type not
 * recorded for the host counts as unknown, because the client may negotiate another key type than was recorded.
 */
public final class HostKeyVerifier implements ServerKeyVerifier {

    private final HostKeyStore store;
    private final HostKeyCallback callback;

    public HostKeyVerifier(HostKeyStore store, HostKeyCallback callback) {
        this.store = store;
        this.callback = callback;
    }

    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        ConnectAttempt attempt = session.getConnectionContext().getAttribute(ConnectAttempt.KEY);
        if (attempt == null) {
            return false; // not a connection SshHosts made
        }
        HostDefinition host = attempt.host();
        try {
            store.requireNotRevoked(host, serverKey);
        } catch (HostKeyRevokedException revoked) {
            attempt.failKey(revoked);
            return false;
        }
        String type = KeyUtils.getKeyType(serverKey);
        List<PublicKey> known = store.knownKeys(host);
        for (PublicKey key : known) {
            if (KeyUtils.compareKeys(key, serverKey)) {
                return true;
            }
        }
        for (PublicKey key : known) {
            if (type.equals(KeyUtils.getKeyType(key))) {
                attempt.failKey(new HostKeyChangedException("The host key of " + host.displayName()
                    + " has changed: expected " + fingerprint(key) + " but the host presented " + fingerprint(serverKey)
                    + ". Nothing was sent to the host; if it was reinstalled, forget its old key first.",
                    fingerprint(key), fingerprint(serverKey)));
                return false;
            }
        }
        return ask(attempt, type, serverKey);
    }

    private boolean ask(ConnectAttempt attempt, String type, PublicKey serverKey) {
        HostDefinition host = attempt.host();
        long started = System.nanoTime();
        HostKeyDecision decision;
        attempt.startAsking();
        try {
            decision = callback.unknownHostKey(host, type, fingerprint(serverKey));
        } catch (RuntimeException e) {
            // Nobody said yes, so the key is refused; the failure is kept so that the error says why.
            attempt.failKey(new HostKeyRejectedException("The " + type + " key " + fingerprint(serverKey) + " of "
                + host.displayName() + " could not be confirmed because asking about it failed ("
                + Login.describe(e) + "), so Arrowhead did not connect.", e));
            return false;
        } finally {
            attempt.stopAsking(System.nanoTime() - started);
        }
        try {
            switch (decision == null ? HostKeyDecision.REJECT : decision) {
                case ACCEPT_PERMANENTLY -> store.trust(host, serverKey);
                case ACCEPT_ONCE -> store.trustForSession(host, serverKey);
                case REJECT -> {
                    attempt.failKey(new HostKeyRejectedException("The " + type + " key " + fingerprint(serverKey)
                        + " of " + host.displayName() + " is not trusted, so Arrowhead did not connect."));
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            attempt.failKey(new HostKeyRejectedException("The key of " + host.displayName()
                + " could not be saved to " + store.appKnownHosts() + ": " + e.getMessage(), e));
            return false;
        }
    }
}
