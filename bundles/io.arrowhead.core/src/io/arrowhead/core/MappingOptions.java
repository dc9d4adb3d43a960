package io.arrowhead.core;

import java.util.Objects;

import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * How to map a volume to an SDC. The limits are the mapping's QoS, 0 meaning unlimited; the bandwidth is in MiB/s,
 * sent to the gateway as KiB/s (× 1024), as the volume editor's limits are.
 */
public record MappingOptions(AccessMode accessMode, boolean allowMultipleMappings, long iopsLimit,
    long bandwidthLimitMibps) {

    public MappingOptions {
        Objects.requireNonNull(accessMode, "accessMode");
    }

    /** What a new mapping of the volume starts from: the most access it allows, one mapping, no limits. */
    public static MappingOptions defaultsFor(Volume volume) {
        return new MappingOptions(MappingRules.widestAccessMode(volume), false, 0, 0);
    }

    /** Whether the mapping gets limits, which takes a second call after the mapping itself. */
    public boolean hasLimits() {
        return iopsLimit != 0 || bandwidthLimitMibps != 0;
    }
}
