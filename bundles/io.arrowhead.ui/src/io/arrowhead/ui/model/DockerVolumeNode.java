package io.arrowhead.ui.model;

import io.arrowhead.core.hosts.ManagedHost;

/**
 * A ScaleIO-backed Docker volume on a host, named by host and Docker volume name; its details are looked up in the
 * host's current inventory each time they are needed.
 */
public record DockerVolumeNode(ManagedHost host, String dockerVolumeName) {
}
