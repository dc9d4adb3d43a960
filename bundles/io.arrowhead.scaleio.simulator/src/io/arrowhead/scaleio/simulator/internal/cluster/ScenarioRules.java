package io.arrowhead.scaleio.simulator.internal.cluster;

/**
 * Bounds of a {@link io.arrowhead.scaleio.simulator.ClusterScenario} and the device capacity it needs, shared by the
 * scenario record (which checks them) and the {@link ScenarioBuilder} (which relies on them).
 */
public final class ScenarioRules {

    /** Volume sizes the builder draws from, in GiB (all on the 8 GiB grid). */
    static final int[] VOLUME_SIZES_GIB = { 8, 16, 16, 32, 32, 64, 128 };
    static final int MAX_VOLUME_GIB = 128;
    static final int SPARE_PERCENT = 10;
    static final int MAX_DEVICE_CAPACITY_GIB = 1_048_576;

    private ScenarioRules() {
    }

    /** Throws IllegalArgumentException naming the first field out of bounds. */
    public static void check(String systemName, int protectionDomains, int pools, int sdssPerProtectionDomain,
            int devicesPerSds, int deviceCapacityGib, int volumes, int snapshotPercent, int mappedPercent,
            int thickPercent, int sdcs, int disconnectedSdcs) {
        if (systemName == null || systemName.isEmpty()) {
            throw new IllegalArgumentException("systemName must not be empty");
        }
        try {
            Validation.name(systemName);
        } catch (GatewayException e) {
            throw new IllegalArgumentException("systemName '" + systemName + "': " + e.getMessage(), e);
        }
        range("protectionDomains", protectionDomains, 1, 64);
        range("pools", pools, protectionDomains, 1024);
        range("sdssPerProtectionDomain", sdssPerProtectionDomain, 1, 200);
        range("devicesPerSds", devicesPerSds, poolsPerProtectionDomain(protectionDomains, pools), 64);
        range("volumes", volumes, 0, 262_144);
        range("snapshotPercent", snapshotPercent, 0, 100);
        range("mappedPercent", mappedPercent, 0, 100);
        range("thickPercent", thickPercent, 0, 100);
        range("sdcs", sdcs, 0, 8192);
        range("disconnectedSdcs", disconnectedSdcs, 0, sdcs);
        long required = requiredDeviceCapacityGib(protectionDomains, pools, sdssPerProtectionDomain, devicesPerSds,
                volumes, snapshotPercent, thickPercent);
        if (required > MAX_DEVICE_CAPACITY_GIB) {
            throw new IllegalArgumentException(volumes + " volumes need devices of " + required
                    + " GiB, more than " + MAX_DEVICE_CAPACITY_GIB + "; add pools, SDSs or devices");
        }
        range("deviceCapacityGib", deviceCapacityGib, (int) required, MAX_DEVICE_CAPACITY_GIB);
    }

    /** The most pools any protection domain gets when pools are dealt out round-robin. */
    public static int poolsPerProtectionDomain(int protectionDomains, int pools) {
        return (pools + protectionDomains - 1) / Math.max(1, protectionDomains);
    }

    public static int snapshotCount(int volumes, int snapshotPercent) {
        return volumes == 0 ? 0 : Math.min(volumes - 1, volumes * snapshotPercent / 100);
    }

    /**
     * The smallest device size (GiB) that gives every pool room for its share of volumes even if all draw the
     * largest size: thick volumes fully backed, and all volumes together allocating at most twice the usable
     * capacity (well within the API's allocation limit, so clients can still create volumes).
     */
    public static long requiredDeviceCapacityGib(int protectionDomains, int pools, int sdssPerProtectionDomain,
            int devicesPerSds, int volumes, int snapshotPercent, int thickPercent) {
        int poolsPerDomain = poolsPerProtectionDomain(protectionDomains, pools);
        long devicesPerPool = (long) sdssPerProtectionDomain * (devicesPerSds / Math.max(1, poolsPerDomain));
        if (volumes <= 0 || pools <= 0 || devicesPerPool <= 0) {
            return 1;
        }
        int snapshots = snapshotCount(volumes, snapshotPercent);
        int bases = volumes - snapshots;
        long basesPerPool = ceilDiv(bases, pools);
        long volumesPerPool = basesPerPool + ceilDiv(snapshots, Math.min(pools, bases));
        long thickPerPool = ceilDiv(basesPerPool * thickPercent, 100);
        long usableGib = Math.max(volumesPerPool * MAX_VOLUME_GIB / 2, thickPerPool * MAX_VOLUME_GIB);
        // usable = raw * (100 - spare) / 100 / 2, so raw = usable * 200 / (100 - spare); one GiB of slack for rounding
        long rawGib = ceilDiv(usableGib * 200, 100 - SPARE_PERCENT);
        return ceilDiv(rawGib, devicesPerPool) + 1;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", but is "
                    + value);
        }
    }
}
