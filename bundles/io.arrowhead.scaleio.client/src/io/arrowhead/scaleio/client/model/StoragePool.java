package io.arrowhead.scaleio.client.model;

import java.util.List;

/**
 * A storage pool. Its capacity is not on the object but in its statistics. {@code mediaType}, {@code dataLayout}
 * and {@code compressionMethod} come with 3.x.
 */
public record StoragePool(String id, String name, String protectionDomainId, Integer sparePercentage,
        Boolean zeroPaddingEnabled, Boolean useRmcache, Boolean useRfcache, Boolean checksumEnabled,
        Boolean rebuildEnabled, Boolean rebalanceEnabled, Integer capacityAlertHighThreshold,
        Integer capacityAlertCriticalThreshold, String mediaType, String dataLayout, String compressionMethod,
        List<Link> links) implements Linked {

    public StoragePool {
        links = Lists.orEmpty(links);
    }
}
