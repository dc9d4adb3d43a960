package io.arrowhead.ui.model;

import io.arrowhead.core.hosts.ManagedHost;

/** A Docker host in the navigator; equal for the same host, so the tree keeps its state across refreshes. */
public record DockerHostNode(ManagedHost host) {
}
