package io.arrowhead.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Maps volumes to one SDC, each with the same options, then sets each new mapping's limits if there are any. A
 * mapping whose limits the gateway refuses (or whose job is cancelled in between) is unmapped again, so that no
 * mapping is left without the limits asked for; the message says so. A failure stops the job and names the
 * volumes already mapped.
 */
final class MapVolumeJob extends GatewayJob {

    /** The first API version with access modes; older gateways map without one. */
    private static final int FIRST_ACCESS_MODE_MAJOR = 3;

    private final List<Volume> volumes;
    private final Sdc sdc;
    private final MappingOptions options;

    MapVolumeJob(GatewayConnection connection, List<Volume> volumes, Sdc sdc, MappingOptions options) {
        super("Mapping " + ClusterOperations.describe(volumes) + " to SDC " + ClusterModel.sdcLabel(sdc), connection,
            true);
        this.volumes = List.copyOf(volumes);
        this.sdc = sdc;
        this.options = options;
    }

    @Override
    protected void execute(GatewayClient client, SubMonitor progress) throws GatewayClientException {
        progress.setWorkRemaining(volumes.size());
        AccessMode mode = accessModeFor(client);
        List<String> mapped = new ArrayList<>();
        for (Volume volume : volumes) {
            progress.subTask(volume.name());
            try {
                mapOne(client, volume, mode);
            } catch (GatewayClientException | RuntimeException e) {
                if (mapped.isEmpty() || e instanceof GatewayCancelledException) {
                    throw e;
                }
                throw new ClusterOperations.PartialFailureException("Mapped " + String.join(", ", mapped)
                    + " to SDC " + ClusterModel.sdcLabel(sdc) + ", then " + volume.name() + " failed: "
                    + GatewayErrors.describe(e), e);
            }
            mapped.add(volume.name());
            progress.split(1);
        }
    }

    private void mapOne(GatewayClient client, Volume volume, AccessMode mode) throws GatewayClientException {
        SdcRef ref = SdcRef.id(sdc.id());
        client.mapVolume(volume.id(), ref, options.allowMultipleMappings(), mode);
        if (!options.hasLimits()) {
            return;
        }
        try {
            client.setMappedSdcLimits(volume.id(), ref, options.iopsLimit(), options.bandwidthLimitMibps() * 1024);
        } catch (GatewayClientException | RuntimeException refused) {
            String mapping = volume.name() + " to SDC " + ClusterModel.sdcLabel(sdc);
            try {
                uncancellableClient().unmapVolume(volume.id(), ref);
            } catch (GatewayClientException | RuntimeException undo) {
                refused.addSuppressed(undo);
                throw new ClusterOperations.PartialFailureException("Mapped " + mapping
                    + ", but setting its limits failed (" + GatewayErrors.describe(refused)
                    + ") and unmapping it again failed too (" + GatewayErrors.describe(undo) + "). " + volume.name()
                    + " is still mapped, without limits; unmap it or set its limits in the volume editor.", refused);
            }
            if (refused instanceof GatewayCancelledException) {
                throw refused;
            }
            throw new ClusterOperations.PartialFailureException("Setting the limits of the mapping of " + mapping
                + " failed, so it was unmapped again: " + GatewayErrors.describe(refused), refused);
        }
    }

    /** The chosen mode for a gateway that knows access modes; a 2.x gateway maps read-write or not at all. */
    private AccessMode accessModeFor(GatewayClient client) throws GatewayClientException {
        String version = client.apiVersion();
        int dot = version == null ? -1 : version.indexOf('.');
        boolean knowsModes = dot <= 0 || Integer.parseInt(version.substring(0, dot)) >= FIRST_ACCESS_MODE_MAJOR;
        if (knowsModes) {
            return options.accessMode();
        }
        if (options.accessMode() != AccessMode.READ_WRITE) {
            throw new IllegalArgumentException("This gateway (API " + version
                + ") has no access modes: volumes are mapped read-write.");
        }
        return null;
    }
}
