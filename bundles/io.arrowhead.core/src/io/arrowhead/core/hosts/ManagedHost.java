package io.arrowhead.core.hosts;

import java.util.Objects;

import io.arrowhead.hosts.HostDefinition;

/**
 * One Docker host of the console: a stable id, the name the operator gave it and how to reach it. The demo's
 * emulated hosts are never saved. Fields are replaced whole by {@link DockerHosts}, so any thread reads a consistent
 * value.
 */
public final class ManagedHost {

    private final String id;
    private final boolean demo;
    private final DockerHosts owner;
    private volatile String name;
    private volatile HostDefinition definition;

    ManagedHost(DockerHosts owner, String id, String name, HostDefinition definition, boolean demo) {
        this.owner = Objects.requireNonNull(owner);
        this.id = Objects.requireNonNull(id);
        this.demo = demo;
        set(name, definition);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public HostDefinition definition() {
        return definition;
    }

    /** Whether this is one of the embedded demo's emulated hosts, kept only for the session. */
    public boolean isDemo() {
        return demo;
    }

    /** Serialises the operations on this host. */
    public HostRule rule() {
        return HostRule.of(definition.key());
    }

    public DockerHosts owner() {
        return owner;
    }

    void set(String newName, HostDefinition newDefinition) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A Docker host needs a name.");
        }
        this.name = newName.strip();
        this.definition = Objects.requireNonNull(newDefinition);
    }

    @Override
    public String toString() {
        return name + " (" + definition.displayName() + ")";
    }
}
