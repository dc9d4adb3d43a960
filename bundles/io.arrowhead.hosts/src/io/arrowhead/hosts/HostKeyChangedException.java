package io.arrowhead.hosts;

/**
 * The host presented a key that differs from the one recorded for it: possibly a reinstalled host, possibly a
 * machine in the middle. Nothing was authenticated or run; the user must resolve it (for example by forgetting the
 * old key) before connecting again.
 */
public final class HostKeyChangedException extends HostException {

    private static final long serialVersionUID = 1L;

    private final String expectedFingerprint;
    private final String actualFingerprint;

    public HostKeyChangedException(String message, String expectedFingerprint, String actualFingerprint) {
        super(message);
        this.expectedFingerprint = expectedFingerprint;
        this.actualFingerprint = actualFingerprint;
    }

    /** The SHA256 fingerprint of the recorded key. */
    public String getExpectedFingerprint() {
        return expectedFingerprint;
    }

    /** The SHA256 fingerprint of the key the host presented now. */
    public String getActualFingerprint() {
        return actualFingerprint;
    }
}
