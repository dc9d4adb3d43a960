package io.arrowhead.core;

/** Secure storage could not be read or written, for example because the user cancelled its master password. */
public final class SecretStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
