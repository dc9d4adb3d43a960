package io.arrowhead.scaleio.client.model;

import java.util.List;

/** A protection domain; the throttling limits are {@code null} when not set. */
public record ProtectionDomain(String id, String name, String systemId, String protectionDomainState,
        Long rebuildNetworkThrottlingInKbps, Boolean rebuildNetworkThrottlingEnabled,
        Long rebalanceNetworkThrottlingInKbps, Boolean rebalanceNetworkThrottlingEnabled,
        Long overallIoNetworkThrottlingInKbps, Boolean overallIoNetworkThrottlingEnabled, Boolean rfcacheEnabled,
        List<Link> links) implements Linked {

    public ProtectionDomain {
        links = Lists.orEmpty(links);
    }
}
