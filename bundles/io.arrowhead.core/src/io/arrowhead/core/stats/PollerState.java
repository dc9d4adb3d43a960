package io.arrowhead.core.stats;

/** Where a gateway's statistics poller stands. */
public enum PollerState {
    /** Nobody is subscribed; no requests. */
    IDLE,
    /** Asking at the interval of the preference; the last tick, if any, answered. */
    RUNNING,
    /** The last tick failed; the next attempt comes later than the interval, and later again after each failure. */
    BACKING_OFF,
    /** Subscribed, but the gateway is not connected; polling starts again by itself when it connects. */
    STOPPED
}
