package io.arrowhead.core;

/** The user's answer to a certificate the system trust store does not vouch for. */
public enum TrustDecision {
    /** Pin the fingerprint in secure storage; later connections accept exactly this certificate. */
    PERMANENT,
    /** Accept the fingerprint until the console exits. */
    SESSION,
    /** Do not connect. */
    REJECT
}
