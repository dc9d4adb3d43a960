package io.arrowhead.core;

/** A change to the set of gateways, to one gateway's settings or state, or to its cluster model. */
public record ConnectionEvent(GatewayConnection connection, Kind kind) {

    public enum Kind {
        ADDED, REMOVED, SETTINGS_CHANGED, STATE_CHANGED, MODEL_CHANGED
    }
}
