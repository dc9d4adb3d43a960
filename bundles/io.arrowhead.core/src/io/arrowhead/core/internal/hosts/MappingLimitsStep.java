package io.arrowhead.core.internal.hosts;

import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Sets the QoS limits of a mapping the operation just made. It registers no undo of its own: the limits belong to the
 * mapping, and undoing the map removes them with it.
 */
final class MappingLimitsStep {

    private MappingLimitsStep() {
    }

    /** Does nothing when both limits are 0 (unlimited), as a new mapping already is. */
    static void run(OperationContext context, Volume volume, Sdc sdc, long iopsLimit, long bandwidthMibps)
        throws Exception {
        if (iopsLimit == 0 && bandwidthMibps == 0) {
            return;
        }
        context.steps().run(name(volume, iopsLimit, bandwidthMibps), step -> {
            // The gateway takes the bandwidth in KiB/s, in multiples of 1024.
            context.client().setMappedSdcLimits(volume.id(), SdcRef.id(sdc.id()), iopsLimit, bandwidthMibps * 1024);
            step.detail("SDC " + SdcLookup.label(sdc));
            return null;
        });
    }

    /** Records that a mapping made before this operation keeps the limits it has. */
    static void keep(OperationContext context, Volume volume, long iopsLimit, long bandwidthMibps) {
        if (iopsLimit != 0 || bandwidthMibps != 0) {
            context.steps().skip(name(volume, iopsLimit, bandwidthMibps),
                "the mapping was there before; it keeps its own limits");
        }
    }

    private static String name(Volume volume, long iopsLimit, long bandwidthMibps) {
        return "Limit the mapping of " + volume.name() + " to " + (iopsLimit == 0 ? "unlimited IOPS"
            : iopsLimit + " IOPS") + ", " + (bandwidthMibps == 0 ? "unlimited bandwidth" : bandwidthMibps + " MiB/s");
    }
}
