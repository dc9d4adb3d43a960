package io.arrowhead.scaleio.simulator.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hands out object ids shaped like a real MDM's: 16 lowercase hex digits, where the low 32 bits count the objects
 * of one type (993a355d<b>00000000</b>, 993a355e<b>00000001</b>, ...) and the high 32 bits drift upwards from a
 * per-type start. Clients such as CloudStack validate ids against {@code ^[0-9a-fA-F]{16}$}, and the same seed
 * always gives the same ids, so a seeded demo cluster looks the same on every start.
 */
public final class ObjectIdAllocator {

    private final SplittableRandom random;
    private final Map<String, Sequence> sequences = new HashMap<>();

    public ObjectIdAllocator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next id for an object of the given REST type, such as {@code Volume} or {@code Sdc}. */
    public synchronized String next(String type) {
        Sequence sequence = sequences.computeIfAbsent(type, t -> new Sequence(random.nextInt() & 0x7fff_ffffL));
        String id = format(sequence.high, sequence.count);
        sequence.high = (sequence.high + 1 + random.nextInt(0x4000)) & 0xffff_ffffL;
        sequence.count = (sequence.count + 1) & 0xffff_ffffL;
        return id;
    }

    /** Continues after ids restored from persisted state, so new ids never repeat old ones. */
    public synchronized void reserve(String type, String existingId) {
        if (!isValid(existingId)) {
            throw new IllegalArgumentException("Not a 16-digit hex object id: " + existingId);
        }
        long high = Long.parseUnsignedLong(existingId.substring(0, 8), 16);
        long count = Long.parseUnsignedLong(existingId.substring(8), 16);
        Sequence sequence = sequences.computeIfAbsent(type, t -> new Sequence(high));
        sequence.high = Math.max(sequence.high, high + 1);
        sequence.count = Math.max(sequence.count, count + 1);
    }

    // The simulator stands in for the gateway, so it keeps its own id rule instead of the console's ScaleIoIds.
    public static boolean isValid(String id) {
        if (id == null || id.length() != 16) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String format(long high, long count) {
        return String.format("%08x%08x", high, count);
    }

    private static final class Sequence {
        long high;
        long count;

        Sequence(long high) {
            this.high = high;
        }
    }
}
