package io.arrowhead.core;

import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The gateway's rules for names, sizes and QoS limits, checked before a request is sent so that the user sees the
 * problem as they type. Each check returns a sentence to show, or {@code null} when the value is fine.
 */
public final class VolumeRules {

    /** Names are "less than 32 characters" (GATEWAY-API.md). */
    public static final int MAX_NAME_LENGTH = 31;
    /**
     * The punctuation allowed in names besides ASCII letters and digits: all of ASCII's. The gateway's INVALID_NAME
     * message says "Use alphanumeric and punctuation characters only. Spaces are not allowed."; read as C's
     * {@code isalnum} and {@code ispunct}, that is ASCII letters, digits and these 32 characters [inferred].
     */
    public static final String NAME_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String NAME_CHARACTERS = "Use only the letters A-Z and a-z, the digits 0-9 and the punctuation "
        + NAME_PUNCTUATION + ".";
    public static final long MAX_SIZE_GIB = 1_048_576L;
    /** An IOPS limit is 0 (unlimited) or at least this. */
    public static final long MIN_IOPS_LIMIT = 11;

    private VolumeRules() {
    }

    /** Checks a volume name; {@code ownId} is the volume being renamed, whose own name does not count as taken. */
    public static String nameProblem(String name, ClusterModel model, String ownId) {
        String problem = objectNameProblem(name);
        if (problem != null) {
            return problem;
        }
        if (model != null) {
            var existing = model.volumeByName(name);
            if (existing.isPresent() && !existing.get().id().equals(ownId)) {
                return "A volume named " + name + " already exists.";
            }
        }
        return null;
    }

    /**
     * Checks a name for any gateway object (volume, snapshot or SDC) without looking for duplicates. This is the
     * console's one name rule; the simulator keeps its own, narrower guess.
     */
    public static String objectNameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "Enter a name.";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "The name has " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && NAME_PUNCTUATION.indexOf(c) < 0) {
                String refused = c == ' ' ? "Spaces are"
                    : Character.isISOControl(c) ? "Tabs, line breaks and other control characters are"
                    : "The character '" + c + "' is";
                return refused + " not allowed. " + NAME_CHARACTERS;
            }
        }
        return null;
    }

    /** Parses a size in GiB as typed; throws {@link IllegalArgumentException} with the sentence to show. */
    public static long parseSizeGib(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter a size in GiB.");
        }
        long gib;
        try {
            gib = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The size must be a whole number of GiB, such as 16.");
        }
        if (gib <= 0) {
            throw new IllegalArgumentException("The size must be at least 1 GiB.");
        }
        if (gib > MAX_SIZE_GIB) {
            throw new IllegalArgumentException("The size can be at most " + MAX_SIZE_GIB + " GiB (1 PiB).");
        }
        return gib;
    }

    /** The size the gateway will allocate for a request: the next multiple of 8 GiB. */
    public static long allocatedGib(long requestedGib) {
        return Sizes.roundUpToAllocationUnitGib(requestedGib);
    }

    /** Checks a new size for an existing volume, which can only grow. */
    public static String growProblem(long currentGib, long requestedGib) {
        if (allocatedGib(requestedGib) <= currentGib) {
            return "A volume can only grow: enter more than its current " + currentGib + " GiB.";
        }
        return null;
    }

    /** Checks an IOPS limit: 0 for unlimited, otherwise at least {@value #MIN_IOPS_LIMIT}. */
    public static String iopsLimitProblem(long iops) {
        if (iops < 0) {
            return "The IOPS limit cannot be negative.";
        }
        if (iops > 0 && iops < MIN_IOPS_LIMIT) {
            return "The IOPS limit must be 0 (unlimited) or at least " + MIN_IOPS_LIMIT + ".";
        }
        return null;
    }

    /** Checks a bandwidth limit in MB/s, which the gateway takes as KB/s in multiples of 1024; 0 is unlimited. */
    public static String bandwidthLimitProblem(long megabytesPerSecond) {
        if (megabytesPerSecond < 0) {
            return "The bandwidth limit cannot be negative.";
        }
        if (megabytesPerSecond > Long.MAX_VALUE / 1024) {
            return "The bandwidth limit is too large.";
        }
        return null;
    }

    /** Parses a non-negative whole number as typed into a limit field. */
    public static long parseLimit(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be a whole number (0 for unlimited).");
        }
    }

    /**
     * Checks a new volume against its pool. A thick volume must fit in the space the pool has left for volumes; a thin
     * one may exceed it, which over-provisions the pool, and that is worth a warning rather than an error.
     */
    public static CapacityCheck capacityCheck(Capacity capacity, long sizeGib, VolumeType type) {
        Long availableKb = capacity == null ? null : capacity.capacityAvailableForVolumeAllocationInKb();
        if (availableKb == null) {
            return new CapacityCheck(CapacityCheck.Severity.UNKNOWN, "The pool's free capacity is not known.");
        }
        long neededKb = Sizes.gibToKib(allocatedGib(sizeGib));
        String available = formatGib(Math.max(0, availableKb));
        if (neededKb <= availableKb) {
            return new CapacityCheck(CapacityCheck.Severity.OK, available + " available for new volumes.");
        }
        if (type == VolumeType.THICK_PROVISIONED) {
            return new CapacityCheck(CapacityCheck.Severity.ERROR, "A thick volume of " + formatGib(neededKb)
                + " does not fit: the pool has " + available + " available.");
        }
        return new CapacityCheck(CapacityCheck.Severity.WARNING, "Over-provisioned: " + formatGib(neededKb)
            + " thin exceeds the " + available + " available; writes can fail if the pool fills.");
    }

    private static String formatGib(long kib) {
        return Units.formatKib(kib);
    }

    /** The outcome of {@link VolumeRules#capacityCheck}. */
    public record CapacityCheck(Severity severity, String message) {

        public enum Severity {
            OK, UNKNOWN, WARNING, ERROR
        }
    }
}
