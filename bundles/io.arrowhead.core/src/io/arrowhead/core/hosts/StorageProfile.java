package io.arrowhead.core.hosts;

import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * A named recipe for a container's storage: where the ScaleIO volume goes, how it is provisioned, and the QoS of its
 * mapping to the host.
 *
 * @param protectionDomain the protection domain's name
 * @param pool the storage pool's name, or null for any pool of the protection domain with room
 * @param iopsLimit IOPS limit of the mapping, 0 for unlimited
 * @param bandwidthMibps bandwidth limit of the mapping in MiB/s, 0 for unlimited
 */
public record StorageProfile(String name, String protectionDomain, String pool, VolumeType provisioning,
    long defaultSizeGib, long iopsLimit, long bandwidthMibps, FilesystemType filesystem) {
}
