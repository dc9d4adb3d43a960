package io.arrowhead.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Why the console is reading or writing secure storage at the moment, such as connecting a named gateway. Secure
 * storage asks for its master password on the thread that needs it, so the purpose is kept per thread, and a
 * master-password prompt there can tell the user what the password is wanted for.
 */
public record SecretPurpose(Kind kind, String subject) {

    /** What the secret is needed for; the subject names the gateway or host. */
    public enum Kind {
        CONNECT_GATEWAY, SAVE_GATEWAY_PASSWORD, CONNECT_HOST, SAVE_HOST_SECRET
    }

    private static final ThreadLocal<SecretPurpose> CURRENT = new ThreadLocal<>();

    public SecretPurpose {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
    }

    public static SecretPurpose connectingGateway(String name) {
        return new SecretPurpose(Kind.CONNECT_GATEWAY, name);
    }

    public static SecretPurpose savingGatewayPassword(String name) {
        return new SecretPurpose(Kind.SAVE_GATEWAY_PASSWORD, name);
    }

    public static SecretPurpose connectingHost(String name) {
        return new SecretPurpose(Kind.CONNECT_HOST, name);
    }

    public static SecretPurpose savingHostSecret(String name) {
        return new SecretPurpose(Kind.SAVE_HOST_SECRET, name);
    }

    /** The purpose announced on this thread, or empty when secure storage is used for nothing in particular. */
    public static Optional<SecretPurpose> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs an access to secure storage with this purpose announced on the current thread, then restores the last. */
    public <T, E extends Exception> T during(Access<T, E> access) throws E {
        SecretPurpose outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return access.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** An access to secure storage. */
    @FunctionalInterface
    public interface Access<T, E extends Exception> {
        T run() throws E;
    }
}
