package io.arrowhead.scaleio.simulator.internal.stats;

/**
 * What one volume's simulated application does, drawn once from the workload seed and the volume id.
 *
 * @param shape how the load varies over time
 * @param baseIops the I/O rate of an ordinary second, before the shape and the per-second jitter
 * @param readPercent share of reads in the I/O count
 * @param readSizeKb typical read size, 4 to 256 KiB
 * @param writeSizeKb typical write size, 4 to 256 KiB
 * @param peakSecondOfDay when a diurnal load peaks (UTC second of the day)
 * @param key the volume's hash under the seed; it also places a bursty volume's bursts
 */
public record WorkloadProfile(Shape shape, long baseIops, int readPercent, int readSizeKb, int writeSizeKb,
        int peakSecondOfDay, long key) {

    /** How a volume's load varies. */
    public enum Shape {
        /** The same rate all day, give or take the jitter. */
        STEADY,
        /** A sinusoid over 24 hours, from 15 % of the peak at night to the peak at {@code peakSecondOfDay}. */
        DIURNAL,
        /** Quiet most of the time, with bursts of tens of seconds at several times the base rate. */
        BURSTY
    }

    static final int SECONDS_PER_DAY = 86_400;
    private static final double DIURNAL_TROUGH = 0.15;
    /** Each slot of this length holds at most one burst, so bursts never overlap. */
    static final int BURST_SLOT_SECONDS = 300;
    private static final double BURST_CHANCE = 0.25;
    private static final int MIN_BURST_SECONDS = 10;
    private static final int MAX_BURST_SECONDS = 90;

    /** The load multiplier of one second (1 for an ordinary second), before jitter. */
    double intensityAt(long epochSecond) {
        return switch (shape) {
            case STEADY -> 1;
            case DIURNAL -> {
                double phase = 2 * Math.PI * (Math.floorMod(epochSecond, SECONDS_PER_DAY) - peakSecondOfDay)
                        / SECONDS_PER_DAY;
                yield DIURNAL_TROUGH + (1 - DIURNAL_TROUGH) * (0.5 + 0.5 * Math.cos(phase));
            }
            case BURSTY -> burstMultiplierAt(epochSecond);
        };
    }

    private double burstMultiplierAt(long epochSecond) {
        long slot = Math.floorDiv(epochSecond, BURST_SLOT_SECONDS);
        long slotHash = Workload.mix(key ^ Workload.mix(slot));
        if (Workload.unit(slotHash) >= BURST_CHANCE) {
            return 1;
        }
        int duration = MIN_BURST_SECONDS
                + (int) (Workload.unit(Workload.mix(slotHash + 1)) * (MAX_BURST_SECONDS - MIN_BURST_SECONDS + 1));
        int start = (int) (Workload.unit(Workload.mix(slotHash + 2)) * (BURST_SLOT_SECONDS - duration + 1));
        long offset = epochSecond - slot * BURST_SLOT_SECONDS;
        boolean inBurst = offset >= start && offset < start + duration;
        return inBurst ? 4 + 16 * Workload.unit(Workload.mix(slotHash + 3)) : 1;
    }
}
