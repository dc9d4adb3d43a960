package io.arrowhead.scaleio.simulator.internal.gateway;

import io.arrowhead.scaleio.simulator.internal.cluster.SdcVolumes;

/**
 * What the admin endpoint needs from the cluster to let a lab agent announce SDCs. Implementations throw
 * IllegalArgumentException for an unknown SDC or invalid values.
 */
public interface SdcRegistry {

    /** Adds or updates a connected SDC and returns its id. */
    String registerSdc(String guid, String ip, String name);

    void setSdcConnected(String guidOrId, boolean connected);

    /** The volumes mapped to the SDC with this id or GUID, with their backing files created if there is a store. */
    SdcVolumes mappedVolumes(String guidOrId);
}
