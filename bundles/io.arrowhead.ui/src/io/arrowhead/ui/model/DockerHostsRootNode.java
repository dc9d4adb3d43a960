package io.arrowhead.ui.model;

/** The "Docker Hosts" node at the top of the navigator, beside "Gateways"; every instance is equal. */
public record DockerHostsRootNode() {

    public static final DockerHostsRootNode INSTANCE = new DockerHostsRootNode();
}
