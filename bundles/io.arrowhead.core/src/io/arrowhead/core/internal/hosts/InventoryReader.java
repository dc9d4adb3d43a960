package io.arrowhead.core.internal.hosts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostProbe;

/**
 * Reads one host over an open session: what it runs, its SDC's GUID, its Docker volumes split by Arrowhead's labels,
 * and the containers that use each ScaleIO-backed one. Docker that does not answer leaves the volume lists empty;
 * the probe says why.
 */
public final class InventoryReader {

    private InventoryReader() {
    }

    public static HostInventory read(ManagedHost host, DockerHost docker, Collection<GatewayConnection> gateways)
        throws HostException {
        HostProbe probe = docker.probe();
        if (probe.sdcInstalled() && probe.sdcGuid() == null) {
            // The probe ignores a failing query; asking again says why in the exception.
            String guid = docker.queryGuid();
            probe = new HostProbe(probe.os(), probe.kernel(), probe.dockerVersion(), probe.dockerError(),
                probe.drvCfgPath(), guid);
        }
        List<HostDockerVolume> scaleIo = new ArrayList<>();
        List<DockerVolume> other = new ArrayList<>();
        if (probe.dockerUsable()) {
            for (DockerVolume volume : docker.listVolumes()) {
                if (volume.systemId() != null && volume.volumeId() != null) {
                    scaleIo.add(new HostDockerVolume(volume.name(), volume.systemId(), volume.volumeId(),
                        volume.filesystemType(), docker.containersUsing(volume.name())));
                } else {
                    other.add(volume);
                }
            }
        }
        HostInventory read = new HostInventory(host, HostState.CONNECTED, null, probe, null, scaleIo, other,
            Instant.now());
        return InventoryStates.matched(read, gateways);
    }
}
