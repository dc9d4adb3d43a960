package io.arrowhead.scaleio.simulator.internal.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * The volumes mapped to one SDC, as an emulated host sees them through the admin endpoint.
 *
 * @param sdcGuid upper-case, as {@code drv_cfg --query_guid} prints it
 * @param volumes in creation order
 */
public record SdcVolumes(String sdcId, String sdcGuid, String systemId, List<Volume> volumes) {

    public SdcVolumes {
        volumes = List.copyOf(volumes);
    }

    /** One mapped volume; {@code backingFile} is null when the simulator keeps no volume store. */
    public record Volume(String id, String name, long sizeInKb, Path backingFile) {
    }
}
