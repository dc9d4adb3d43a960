package io.arrowhead.core.hosts;

import java.time.Duration;
import java.util.Objects;

import io.arrowhead.core.VolumeRules;
import io.arrowhead.hosts.DockerNames;
import io.arrowhead.hosts.FilesystemType;

/**
 * How to attach a ScaleIO volume to a Docker host.
 *
 * @param dockerVolumeName the Docker volume to create; checked against Docker's naming rules here
 * @param filesystem made only if the device is blank; an existing filesystem is kept whatever its type
 * @param allowMultipleMappings whether the volume may stay mapped to other SDCs too
 * @param deviceTimeout how long to wait for the device to appear on the host after mapping
 * @param iopsLimit IOPS limit set on the new mapping, 0 for unlimited
 * @param bandwidthMibps bandwidth limit set on the new mapping in MiB/s, 0 for unlimited
 */
public record AttachOptions(String dockerVolumeName, FilesystemType filesystem, boolean allowMultipleMappings,
    Duration deviceTimeout, long iopsLimit, long bandwidthMibps) {

    /** How long a device usually takes at most, as REX-Ray waits. */
    public static final Duration DEFAULT_DEVICE_TIMEOUT = Duration.ofSeconds(30);

    /** @throws IllegalArgumentException for a name Docker would refuse, or a timeout that is not positive */
    public AttachOptions {
        DockerNames.requireVolumeName(dockerVolumeName);
        Objects.requireNonNull(filesystem, "filesystem");
        Objects.requireNonNull(deviceTimeout, "deviceTimeout");
        if (deviceTimeout.isNegative() || deviceTimeout.isZero()) {
            throw new IllegalArgumentException("The device timeout must be positive.");
        }
        String limits = Objects.requireNonNullElse(VolumeRules.iopsLimitProblem(iopsLimit),
            Objects.requireNonNullElse(VolumeRules.bandwidthLimitProblem(bandwidthMibps), ""));
        if (!limits.isEmpty()) {
            throw new IllegalArgumentException(limits);
        }
    }

    /** Without QoS limits: the mapping is unlimited. */
    public AttachOptions(String dockerVolumeName, FilesystemType filesystem, boolean allowMultipleMappings,
        Duration deviceTimeout) {
        this(dockerVolumeName, filesystem, allowMultipleMappings, deviceTimeout, 0, 0);
    }

    /** The same options with these QoS limits for the new mapping. */
    public AttachOptions withLimits(long newIopsLimit, long newBandwidthMibps) {
        return new AttachOptions(dockerVolumeName, filesystem, allowMultipleMappings, deviceTimeout, newIopsLimit,
            newBandwidthMibps);
    }

    /** A profile's filesystem and QoS limits, a single mapping, 30 seconds. */
    public static AttachOptions of(String dockerVolumeName, StorageProfile profile) {
        return new AttachOptions(dockerVolumeName, profile.filesystem(), false, DEFAULT_DEVICE_TIMEOUT,
            profile.iopsLimit(), profile.bandwidthMibps());
    }

    /** Whether the new mapping gets any QoS limit. */
    public boolean hasLimits() {
        return iopsLimit > 0 || bandwidthMibps > 0;
    }

    /** ext4, a single mapping, 30 seconds. */
    public static AttachOptions defaults(String dockerVolumeName) {
        return new AttachOptions(dockerVolumeName, FilesystemType.EXT4, false, DEFAULT_DEVICE_TIMEOUT);
    }
}
