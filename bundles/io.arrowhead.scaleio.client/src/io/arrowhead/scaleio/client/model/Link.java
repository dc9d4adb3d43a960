package io.arrowhead.scaleio.client.model;

/**
 * A navigation link: {@code rel} is {@code self}, {@code /api/<Type>/relationship/<Related>} or
 * {@code /api/parent/relationship/<field>}; {@code href} is an {@code /api/instances/...} path.
 */
public record Link(String rel, String href) {
}
