package io.arrowhead.core;

/**
 * Asks a person for the master password of Equinox secure storage, on behalf of the core's password provider; the
 * console registers a dialog through {@link ArrowheadCore#setMasterPasswordPrompt}. Called on the thread that reads or
 * writes secure storage, one request at a time, and may block until the person answers.
 */
@FunctionalInterface
public interface MasterPasswordPrompt {

    /**
     * The password typed for the request, or null when the person cancelled or nobody can be asked. The core clears
     * the returned array once it has used it.
     */
    char[] ask(MasterPasswordRequest request);
}
