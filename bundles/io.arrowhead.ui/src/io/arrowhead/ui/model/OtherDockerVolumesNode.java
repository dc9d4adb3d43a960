package io.arrowhead.ui.model;

import io.arrowhead.core.hosts.ManagedHost;

/** The group of a host's Docker volumes that no ScaleIO volume backs, shown read-only. */
public record OtherDockerVolumesNode(ManagedHost host) {
}
