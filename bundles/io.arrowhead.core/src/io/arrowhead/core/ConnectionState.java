package io.arrowhead.core;

/** Where a gateway connection stands; the navigator shows it on the gateway's node. */
public enum ConnectionState {
    DISCONNECTED("disconnected"),
    CONNECTING("connecting…"),
    CONNECTED("connected"),
    /** The last connect or refresh failed; the last loaded model, if any, is kept but stale. */
    FAILED("failed");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
