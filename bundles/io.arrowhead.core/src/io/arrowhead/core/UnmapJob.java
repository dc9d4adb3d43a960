package io.arrowhead.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.SdcRef;

/**
 * Removes single mappings, each volume from one SDC, in order. A failure stops the job; its message names the
 * mappings already removed.
 */
final class UnmapJob extends GatewayJob {

    private final List<ClusterOperations.Mapping> mappings;

    UnmapJob(GatewayConnection connection, List<ClusterOperations.Mapping> mappings) {
        super(mappings.size() == 1 ? "Unmapping " + describe(mappings.getFirst())
            : "Unmapping " + mappings.size() + " mappings", connection, true);
        this.mappings = List.copyOf(mappings);
    }

    @Override
    protected void execute(GatewayClient client, SubMonitor progress) throws GatewayClientException {
        progress.setWorkRemaining(mappings.size());
        List<String> done = new ArrayList<>();
        for (ClusterOperations.Mapping mapping : mappings) {
            progress.subTask(describe(mapping));
            try {
                client.unmapVolume(mapping.volume().id(), SdcRef.id(mapping.sdcId()));
            } catch (GatewayClientException e) {
                if (done.isEmpty()) {
                    throw e;
                }
                throw new ClusterOperations.PartialFailureException("Unmapped " + String.join(", ", done)
                    + ", then unmapping " + describe(mapping) + " failed: " + GatewayErrors.describe(e), e);
            }
            done.add(describe(mapping));
            progress.split(1);
        }
    }

    private static String describe(ClusterOperations.Mapping mapping) {
        return mapping.volume().name() + " from SDC " + mapping.sdcLabel();
    }
}
