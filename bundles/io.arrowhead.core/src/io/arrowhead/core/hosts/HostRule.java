package io.arrowhead.core.hosts;

import java.util.Objects;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Serialises the operations on one Docker host, keyed by its SSH endpoint ({@code address:port}) so that two entries
 * for the same machine cannot interleave either. Conflicts only with the rule of the same endpoint; an operation that
 * also changes a cluster combines it with the gateway's rule through
 * {@link org.eclipse.core.runtime.jobs.MultiRule}.
 */
public final class HostRule implements ISchedulingRule {

    private final String endpointKey;

    private HostRule(String endpointKey) {
        this.endpointKey = Objects.requireNonNull(endpointKey);
    }

    /** @param endpointKey {@link io.arrowhead.hosts.HostDefinition#key()} */
    public static HostRule of(String endpointKey) {
        return new HostRule(endpointKey);
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof HostRule other && other.endpointKey.equals(endpointKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostRule rule && rule.endpointKey.equals(endpointKey);
    }

    @Override
    public int hashCode() {
        return endpointKey.hashCode();
    }

    @Override
    public String toString() {
        return "HostRule[" + endpointKey + "]";
    }
}
