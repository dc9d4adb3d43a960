package io.arrowhead.ui.model;

import io.arrowhead.core.hosts.ManagedHost;

/**
 * A container that uses a ScaleIO-backed Docker volume, shown under that volume; its name, state and image are looked
 * up in the host's current inventory.
 */
public record ContainerNode(ManagedHost host, String dockerVolumeName, String containerId) {
}
