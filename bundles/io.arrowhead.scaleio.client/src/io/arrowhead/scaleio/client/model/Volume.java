package io.arrowhead.scaleio.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A volume or snapshot. A snapshot has {@link VolumeType#SNAPSHOT}, its source in {@code ancestorVolumeId} and its
 * snapshot group in {@code consistencyGroupId}.
 *
 * @param creationTime epoch seconds
 * @param sizeInKb always a multiple of 8 GiB
 * @param mappedSdcInfo empty when unmapped (the gateway sends {@code null})
 */
public record Volume(String id, String name, String storagePoolId, String vtreeId, Long creationTime, long sizeInKb,
        VolumeType volumeType, String ancestorVolumeId, String consistencyGroupId, String accessModeLimit,
        Boolean useRmcache, @JsonProperty("isObfuscated") Boolean isObfuscated, Boolean mappingToAllSdcsEnabled,
        List<MappedSdcInfo> mappedSdcInfo, String dataLayout, String compressionMethod, List<Link> links)
        implements Linked {

    private static final double KIB_PER_GIB = 1024 * 1024;

    public Volume {
        mappedSdcInfo = Lists.orEmpty(mappedSdcInfo);
        links = Lists.orEmpty(links);
    }

    /** {@code creationTime} as an instant, or {@code null} if the gateway did not send it. */
    public Instant created() {
        return creationTime == null ? null : Instant.ofEpochSecond(creationTime);
    }

    public double sizeInGib() {
        return sizeInKb / KIB_PER_GIB;
    }

    public boolean isMapped() {
        return !mappedSdcInfo.isEmpty();
    }

    public boolean isSnapshot() {
        return volumeType == VolumeType.SNAPSHOT;
    }

    /** The mapping to this SDC, if any. */
    public Optional<MappedSdcInfo> mappingOf(String sdcId) {
        return mappedSdcInfo.stream().filter(mapping -> mapping.sdcId() != null && mapping.sdcId().equalsIgnoreCase(sdcId))
                .findFirst();
    }
}
