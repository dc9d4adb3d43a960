package io.arrowhead.scaleio.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One SDC a volume is mapped to, with the mapping's QoS limits. {@code limitIops} 0 means unlimited;
 * {@code limitBwInMbps} is the {@code bandwidthLimitInKbps} that was set, divided by 1024. {@code accessMode}
 * ({@code ReadWrite}/{@code ReadOnly}/{@code NoAccess}), {@code sdcName} and {@code isDirectBufferMapping} come
 * with 3.x.
 */
public record MappedSdcInfo(String sdcId, String sdcIp, String sdcName, Long limitIops, Long limitBwInMbps,
        String accessMode, @JsonProperty("isDirectBufferMapping") Boolean isDirectBufferMapping) {
}
