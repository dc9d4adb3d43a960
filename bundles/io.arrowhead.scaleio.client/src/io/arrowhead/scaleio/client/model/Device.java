package io.arrowhead.scaleio.client.model;

import java.util.List;

/** A storage device of an SDS in a storage pool; capacities in KiB. */
public record Device(String id, String name, String sdsId, String storagePoolId, String deviceCurrentPathName,
        String deviceOriginalPathName, String deviceState, String errorState, Long capacityLimitInKb,
        Long maxCapacityInKb, String mediaType, List<Link> links) implements Linked {

    public Device {
        links = Lists.orEmpty(links);
    }
}
