package io.arrowhead.scaleio.client.model;

/** One address of an SDS; {@code role} is usually {@code all}. */
public record SdsIp(String ip, String role) {
}
