package io.arrowhead.scaleio.client.model;

import java.util.List;

/** One MDM node; {@code role} is {@code Manager} or {@code TieBreaker}. */
public record MdmNode(String id, String name, List<String> ips, List<String> managementIPs, Integer port, String role,
        String status, String versionInfo) {

    public MdmNode {
        ips = Lists.orEmpty(ips);
        managementIPs = Lists.orEmpty(managementIPs);
    }
}
