package io.arrowhead.core;

/**
 * What secure storage asks a {@link MasterPasswordPrompt} for: a new master password (to be confirmed) or the
 * existing one, whether the last password given did not unlock the storage, and what Arrowhead wants secure storage
 * for right now ({@link SecretPurpose#current()} of the asking thread; null when nothing in particular).
 */
public record MasterPasswordRequest(boolean newPassword, boolean wrongBefore, SecretPurpose purposeOrNull) {
}
