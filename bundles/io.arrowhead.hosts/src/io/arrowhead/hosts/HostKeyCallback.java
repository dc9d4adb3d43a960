package io.arrowhead.hosts;

/**
 * Asked when a host presents a key no known hosts file records. Never asked for a key that differs from a recorded
 * one (that fails with {@link HostKeyChangedException}) nor for a key marked {@code @revoked} (that fails with
 * {@link HostKeyRevokedException}). May be called on an SSH I/O thread and may block.
 */
@FunctionalInterface
public interface HostKeyCallback {

    /**
     * @param keyType SSH key type, e.g. {@code ssh-ed25519}
     * @param sha256Fingerprint as {@code ssh-keygen -l} prints it: {@code SHA256:<base64>}
     */
    HostKeyDecision unknownHostKey(HostDefinition host, String keyType, String sha256Fingerprint);

    /** Refuses every unknown key (no one is there to confirm it). */
    static HostKeyCallback rejectAll() {
        return (host, type, fingerprint) -> HostKeyDecision.REJECT;
    }
}
