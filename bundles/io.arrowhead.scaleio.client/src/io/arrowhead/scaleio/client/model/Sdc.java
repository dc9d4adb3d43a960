package io.arrowhead.scaleio.client.model;

import java.util.List;

/**
 * An SDC, the data client on a host. {@code name} is often {@code null}; {@code sdcGuid} is an upper-case UUID, the
 * one {@code drv_cfg --query_guid} prints on the host. {@code sdcIps} comes with 3.6 and may be empty.
 */
public record Sdc(String id, String name, String sdcGuid, String sdcIp, List<String> sdcIps, Boolean sdcApproved,
        String mdmConnectionState, String osType, String perfProfile, String systemId, String versionInfo,
        String softwareVersionInfo, String installedSoftwareVersionInfo, String kernelVersion, List<Link> links)
        implements Linked {

    public Sdc {
        sdcIps = Lists.orEmpty(sdcIps);
        links = Lists.orEmpty(links);
    }

    /** Whether the SDC is connected to the MDM, so that mapped volumes reach the host. */
    public boolean isConnected() {
        return "Connected".equalsIgnoreCase(mdmConnectionState);
    }
}
