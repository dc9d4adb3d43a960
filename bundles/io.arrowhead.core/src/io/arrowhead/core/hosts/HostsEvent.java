package io.arrowhead.core.hosts;

/** A Docker host was added, changed (name or connection settings) or removed. */
public record HostsEvent(ManagedHost host, Kind kind) {

    /** What happened to the host. */
    public enum Kind {
        ADDED, CHANGED, REMOVED
    }
}
