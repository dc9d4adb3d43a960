package io.arrowhead.core;

/**
 * How many volumes of a pool, or of the whole system, are snapshots and how many are not. The gateway's
 * {@code numOfVolumes} statistic counts both (GATEWAY-API.md §4.3); the console shows them apart.
 */
public record VolumeCounts(int volumes, int snapshots) {

    public static final VolumeCounts NONE = new VolumeCounts(0, 0);

    /** These counts with one more volume or snapshot. */
    VolumeCounts plusOne(boolean snapshot) {
        return snapshot ? new VolumeCounts(volumes, snapshots + 1) : new VolumeCounts(volumes + 1, snapshots);
    }
}
