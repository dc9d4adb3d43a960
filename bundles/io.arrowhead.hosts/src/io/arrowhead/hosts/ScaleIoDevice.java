package io.arrowhead.hosts;

/**
 * A ScaleIO volume visible on a host as a block device.
 *
 * @param linkPath stable name, {@code /dev/disk/by-id/emc-vol-<systemId>-<volumeId>}
 * @param devicePath what the link resolves to, e.g. {@code /dev/scinia}
 */
public record ScaleIoDevice(String systemId, String volumeId, String linkPath, String devicePath) {
}
