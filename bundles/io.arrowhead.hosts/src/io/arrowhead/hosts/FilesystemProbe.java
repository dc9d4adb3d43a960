package io.arrowhead.hosts;

/**
 * What blkid found on a device.
 *
 * @param type filesystem type such as {@code ext4}; null = blank
 */
public record FilesystemProbe(String type, String uuid, String label) {

    public static FilesystemProbe blank() {
        return new FilesystemProbe(null, null, null);
    }

    public boolean isBlank() {
        return type == null;
    }
}
