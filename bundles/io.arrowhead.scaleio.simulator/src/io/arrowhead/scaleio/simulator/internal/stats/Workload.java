package io.arrowhead.scaleio.simulator.internal.stats;

/**
 * The simulated applications behind the volumes: a seeded, stateless generator whose sample for a volume and a
 * second is a pure function of (seed, volume id, second). Two queries in the same second therefore agree, and
 * nothing has to be stored per volume. Thread-safe.
 */
public final class Workload {

    private static final int[] IO_SIZES_KB = { 4, 8, 16, 32, 64, 128, 256 };
    private static final long GOLDEN_GAMMA = 0x9e37_79b9_7f4a_7c15L;

    private final long seed;

    public Workload(long seed) {
        this.seed = seed;
    }

    /** The profile a volume id draws under this seed; it never changes for that id. */
    public WorkloadProfile profileOf(String volumeId) {
        long key = mix(seed ^ mix(fnv1a(volumeId)));
        double shapeDraw = unit(draw(key, 1));
        WorkloadProfile.Shape shape = shapeDraw < 0.45 ? WorkloadProfile.Shape.STEADY
                : shapeDraw < 0.80 ? WorkloadProfile.Shape.DIURNAL : WorkloadProfile.Shape.BURSTY;
        // Log-uniform rates: most volumes are quiet, a few are busy. Bursty volumes idle low between bursts.
        double lowIops = shape == WorkloadProfile.Shape.BURSTY ? 2 : 5;
        double highIops = shape == WorkloadProfile.Shape.BURSTY ? 200 : 1500;
        long baseIops = Math.round(lowIops * Math.pow(highIops / lowIops, unit(draw(key, 2))));
        int readPercent = 20 + (int) (unit(draw(key, 3)) * 71);
        int peakSecondOfDay = (int) (unit(draw(key, 6)) * WorkloadProfile.SECONDS_PER_DAY);
        return new WorkloadProfile(shape, baseIops, readPercent, ioSize(draw(key, 4)), ioSize(draw(key, 5)),
                peakSecondOfDay, key);
    }

    /** The I/O a volume's application asks for during one second. */
    public IoSample sample(String volumeId, long epochSecond) {
        return sample(profileOf(volumeId), epochSecond);
    }

    IoSample sample(WorkloadProfile profile, long epochSecond) {
        long secondHash = mix(profile.key() ^ mix(epochSecond * GOLDEN_GAMMA));
        double jitter = 0.85 + 0.3 * unit(secondHash);
        long ios = Math.round(profile.baseIops() * profile.intensityAt(epochSecond) * jitter);
        long reads = Math.round(ios * profile.readPercent() / 100.0);
        long writes = ios - reads;
        return new IoSample(reads, kilobytes(reads, profile.readSizeKb(), mix(secondHash + 1)), writes,
                kilobytes(writes, profile.writeSizeKb(), mix(secondHash + 2)));
    }

    /** KiB moved by {@code ios} I/Os around a typical size, keeping the average within 4 to 256 KiB. */
    private static long kilobytes(long ios, int typicalSizeKb, long hash) {
        long kb = Math.round(ios * typicalSizeKb * (0.75 + 0.5 * unit(hash)));
        return Math.clamp(kb, ios * IO_SIZES_KB[0], ios * IO_SIZES_KB[IO_SIZES_KB.length - 1]);
    }

    /** Small sizes are the common case; squaring the draw favours them. */
    private static int ioSize(long hash) {
        double u = unit(hash);
        return IO_SIZES_KB[(int) (u * u * IO_SIZES_KB.length)];
    }

    private static long draw(long key, int index) {
        return mix(key + index * GOLDEN_GAMMA);
    }

    /** The SplitMix64 finaliser: a cheap bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
        return z ^ (z >>> 31);
    }

    /** A hash as a double in [0, 1). */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf2_9ce4_8422_2325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100_0000_01b3L;
        }
        return hash;
    }
}
