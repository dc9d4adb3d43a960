package io.arrowhead.core.hosts;

import java.time.Duration;
import java.util.Objects;

import io.arrowhead.hosts.DockerNames;
import io.arrowhead.hosts.FilesystemType;

/**
 * How to attach a ScaleIO volume to a Docker host.
 *
 * @param dockerVolumeName the Docker volume to create; checked against Docker's naming rules here
 * @param filesystem made only if the device is blank; an existing filesystem is kept whatever its type
 * @param allowMultipleMappings whether the volume may stay mapped to other SDCs too
 * @param deviceTimeout how long to wait for the device to appear on the host after mapping
 */
public record AttachOptions(String dockerVolumeName, FilesystemType filesystem, boolean allowMultipleMappings,
    Duration deviceTimeout) {

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
    }

    /** ext4, a single mapping, 30 seconds. */
    public static AttachOptions defaults(String dockerVolumeName) {
        return new AttachOptions(dockerVolumeName, FilesystemType.EXT4, false, DEFAULT_DEVICE_TIMEOUT);
    }
}
