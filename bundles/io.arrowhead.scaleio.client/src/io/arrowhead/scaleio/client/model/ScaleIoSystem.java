package io.arrowhead.scaleio.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The ScaleIO system (cluster). {@code maxCapacityInGb} and {@code capacityTimeLeftInDays} are license texts such
 * as {@code "Unlimited"}; {@code restrictedSdcMode} is {@code None} or {@code Guid}.
 */
public record ScaleIoSystem(String id, String name, String systemVersionName, String installId, String swid,
        Integer daysInstalled, String maxCapacityInGb, String capacityTimeLeftInDays, Boolean enterpriseFeaturesEnabled,
        @JsonProperty("isInitialLicense") Boolean isInitialLicense, Integer capacityAlertHighThresholdPercent,
        Integer capacityAlertCriticalThresholdPercent, Boolean restrictedSdcModeEnabled, String restrictedSdcMode,
        String perfProfile, Integer mdmManagementPort, String tlsVersion, String upgradeState, MdmCluster mdmCluster,
        List<Link> links) implements Linked {

    public ScaleIoSystem {
        links = Lists.orEmpty(links);
    }
}
