package io.arrowhead.core;

import java.util.Objects;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

import io.arrowhead.scaleio.client.GatewayEndpoint;

/**
 * Serialises the jobs that change one gateway's cluster, while jobs against different gateways run in parallel.
 * <p>
 * The rule is keyed by the normalised endpoint rather than by a connection entry, so two entries that point at the
 * same gateway cannot interleave a map with an unmap either. Combine it with other rules through
 * {@link org.eclipse.core.runtime.jobs.MultiRule} when an operation also needs a host.
 */
public final class GatewayRule implements ISchedulingRule {

    private final GatewayEndpoint endpoint;

    private GatewayRule(GatewayEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint);
    }

    public static GatewayRule of(GatewayEndpoint endpoint) {
        return new GatewayRule(endpoint);
    }

    public GatewayEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof GatewayRule other && other.endpoint.equals(endpoint);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatewayRule rule && rule.endpoint.equals(endpoint);
    }

    @Override
    public int hashCode() {
        return endpoint.hashCode();
    }

    @Override
    public String toString() {
        return "GatewayRule[" + endpoint + "]";
    }
}
