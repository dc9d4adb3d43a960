package io.arrowhead.scaleio.simulator.internal.cluster;

/** The gateway's value rules: names, volume sizes, QoS limits and access modes. */
final class Validation {

    static final long KB_PER_GB = 1024L * 1024L;
    /** Allocation granularity: sizes round up to a multiple of 8 GiB. */
    static final long GRANULE_KB = 8 * KB_PER_GB;
    static final long MAX_SIZE_GB = 1_048_576L;
    static final int MAX_NAME_LENGTH = 31;
    static final String READ_WRITE = "ReadWrite";
    static final String READ_ONLY = "ReadOnly";
    static final String NO_ACCESS = "NoAccess";

    /**
     * [open] "Alphanumeric and punctuation characters only. Spaces are not allowed", as the MDM words it: read as
     * ASCII letters, digits and the 32 ASCII punctuation characters. The console's rule (core VolumeRules) reads it
     * the same way; this stand-in keeps its own copy because it plays the gateway.
     */
    private static boolean allowedInName(char c) {
        return c > ' ' && c < 0x7f;
    }

    private Validation() {
    }

    /** Checks a new object name: at most 31 characters, no spaces, letters, digits and punctuation only. */
    static String name(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw GatewayErrors.nameTooLong();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!allowedInName(c)) {
                throw GatewayErrors.invalidName();
            }
        }
        return name;
    }

    /** KiB rounded up to the 8 GiB granularity; refuses sizes beyond 1048576 GiB. */
    static long roundedSizeKb(long requestedKb) {
        if (requestedKb > MAX_SIZE_GB * KB_PER_GB) {
            throw GatewayErrors.volumeSizeTooLarge();
        }
        return Math.max(1, (requestedKb + GRANULE_KB - 1) / GRANULE_KB) * GRANULE_KB;
    }

    /** GiB as sent by PyPowerFlex and {@code setVolumeSize}, converted without overflow, then rounded. */
    static long roundedSizeKbFromGb(long gb) {
        if (gb > MAX_SIZE_GB) {
            throw GatewayErrors.volumeSizeTooLarge();
        }
        return roundedSizeKb(gb * KB_PER_GB);
    }

    static long positive(String field, long value) {
        if (value <= 0) {
            throw GatewayErrors.invalid(field + " must be a positive number, but its value is " + value + ".");
        }
        return value;
    }

    /** 0 means unlimited; anything else must be at least 11 IOPS (CloudStack and the MDM agree). */
    static long iopsLimit(long iops) {
        if (iops != 0 && iops < 11) {
            throw GatewayErrors.invalid("iopsLimit must be 0 (unlimited) or at least 11, but its value is " + iops
                    + ".");
        }
        return iops;
    }

    /** 0 means unlimited; anything else must be a positive multiple of 1024 Kbps (it reads back in Mbps). */
    static long bandwidthLimitInKbps(long kbps) {
        if (kbps < 0 || kbps % 1024 != 0) {
            throw GatewayErrors.invalid("bandwidthLimitInKbps must be 0 (unlimited) or a multiple of 1024, but its"
                    + " value is " + kbps + ".");
        }
        return kbps;
    }

    static String accessMode(String mode) {
        if (!READ_WRITE.equals(mode) && !READ_ONLY.equals(mode) && !NO_ACCESS.equals(mode)) {
            throw GatewayErrors.notOneOf("accessMode", "ReadOnly, ReadWrite, NoAccess", mode);
        }
        return mode;
    }

    static String accessModeLimit(String limit) {
        if (!READ_WRITE.equals(limit) && !READ_ONLY.equals(limit)) {
            throw GatewayErrors.notOneOf("accessModeLimit", "ReadOnly, ReadWrite", limit);
        }
        return limit;
    }

    /** [open] A mapping may not grant more than the volume's limit; the MDM's code for this is not known. */
    static String withinLimit(String mode, String limit) {
        if (READ_ONLY.equals(limit) && READ_WRITE.equals(mode)) {
            throw GatewayErrors.invalid("accessMode ReadWrite exceeds the volume's accessModeLimit ReadOnly.");
        }
        return mode;
    }
}
