package io.arrowhead.scaleio.client;

/**
 * Size units of the gateway. Sizes travel in KiB; "GB" in field names means GiB (1 GB = 1048576 KB in every
 * client). Volumes are allocated in units of 8 GiB and the gateway rounds a creation request up to the next unit.
 */
public final class Sizes {

    public static final long KIB_PER_GIB = 1048576L;
    public static final int ALLOCATION_UNIT_GIB = 8;

    private static final long ALLOCATION_UNIT_KIB = ALLOCATION_UNIT_GIB * KIB_PER_GIB;

    private Sizes() {
    }

    /** @throws ArithmeticException if the result does not fit in a long */
    public static long gibToKib(long gib) {
        return Math.multiplyExact(gib, KIB_PER_GIB);
    }

    public static double kibToGib(long kib) {
        return kib / (double) KIB_PER_GIB;
    }

    /** The size in GiB the gateway will actually allocate for a request of {@code gib}: a multiple of 8, at least 8. */
    public static long roundUpToAllocationUnitGib(long gib) {
        requireNotNegative(gib);
        return Math.max(ALLOCATION_UNIT_GIB, roundUp(gib, ALLOCATION_UNIT_GIB));
    }

    /** The same in KiB: a multiple of 8 GiB, at least 8 GiB. */
    public static long roundUpToAllocationUnitKib(long kib) {
        requireNotNegative(kib);
        return Math.max(ALLOCATION_UNIT_KIB, roundUp(kib, ALLOCATION_UNIT_KIB));
    }

    private static long roundUp(long value, long unit) {
        return Math.multiplyExact(Math.ceilDiv(value, unit), unit);
    }

    private static void requireNotNegative(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("A size cannot be negative (" + size + ").");
        }
    }
}
