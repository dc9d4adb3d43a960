package io.arrowhead.hosts;

import java.util.Locale;

/** Filesystems Arrowhead creates on ScaleIO volumes for Docker. */
public enum FilesystemType {
    EXT4("ext4"), XFS("xfs");

    private final String toolName;

    FilesystemType(String toolName) {
        this.toolName = toolName;
    }

    /** The name mkfs, blkid and mount use: {@code ext4}, {@code xfs}. */
    public String toolName() {
        return toolName;
    }

    /** Parses a tool name (any case); IllegalArgumentException names the supported types. */
    public static FilesystemType parse(String name) {
        if (name != null) {
            for (FilesystemType type : values()) {
                if (type.toolName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a supported filesystem; use ext4 or xfs.");
    }
}
