package io.arrowhead.scaleio.client.model;

import java.util.List;

/** An SDS, a data server contributing devices; states such as {@code Normal}, {@code Joined}. */
public record Sds(String id, String name, String protectionDomainId, String faultSetId, List<SdsIp> ipList,
        Integer port, String sdsState, String membershipState, String mdmConnectionState, String maintenanceState,
        String softwareVersionInfo, List<Link> links) implements Linked {

    public Sds {
        ipList = Lists.orEmpty(ipList);
        links = Lists.orEmpty(links);
    }
}
