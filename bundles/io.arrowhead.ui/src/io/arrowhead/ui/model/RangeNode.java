package io.arrowhead.ui.model;

/**
 * A slice of a long child list, such as volumes 1–500 of a pool with 2,048, so that no tree level holds thousands of
 * items. {@code from} and {@code to} are 0-based, {@code to} exclusive, over the parent's sorted (and filtered)
 * children.
 */
public record RangeNode(io.arrowhead.core.GatewayConnection connection, ClusterNode parent, int from, int to)
    implements ClusterNode {
}
