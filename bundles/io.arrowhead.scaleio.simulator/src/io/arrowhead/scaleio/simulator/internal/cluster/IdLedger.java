package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.Map;
import java.util.TreeMap;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/**
 * Hands out ids through the state's allocator and remembers, per type, the highest id ever issued (its high and
 * low halves separately). Persisted with the state, these marks keep ids of removed objects from coming back after
 * a restart, which the surviving objects alone could not. Callers hold the state's write lock (or own the state).
 */
final class IdLedger {

    private final ObjectIdAllocator allocator;
    private final Map<String, long[]> marks = new TreeMap<>();

    private IdLedger(ObjectIdAllocator allocator) {
        this.allocator = allocator;
    }

    /** A ledger over the state's allocator that already knows every id the state holds. */
    static IdLedger scanning(ClusterState state) {
        IdLedger ledger = new IdLedger(state.ids);
        state.protectionDomains.keySet().forEach(id -> ledger.note(WireType.PROTECTION_DOMAIN.wireName(), id));
        state.faultSets.keySet().forEach(id -> ledger.note(WireType.FAULT_SET.wireName(), id));
        state.sdss.keySet().forEach(id -> ledger.note(WireType.SDS.wireName(), id));
        state.storagePools.keySet().forEach(id -> ledger.note(WireType.STORAGE_POOL.wireName(), id));
        state.devices.keySet().forEach(id -> ledger.note(WireType.DEVICE.wireName(), id));
        state.vtrees.keySet().forEach(id -> ledger.note(WireType.VTREE.wireName(), id));
        state.sdcs.keySet().forEach(id -> ledger.note(WireType.SDC.wireName(), id));
        for (VolumeEntity volume : state.volumes.values()) {
            ledger.note(WireType.VOLUME.wireName(), volume.id);
            if (volume.consistencyGroupId != null) {
                ledger.note(WireType.SNAPSHOT_GROUP, volume.consistencyGroupId);
            }
        }
        return ledger;
    }

    String next(String type) {
        String id = allocator.next(type);
        note(type, id);
        return id;
    }

    /** Adds a mark read back from a saved state. */
    void restore(String type, String mark) {
        note(type, mark);
    }

    /** Moves the allocator past every mark, so that no issued id is handed out again. */
    void reserveAll() {
        marks.forEach((type, mark) -> allocator.reserve(type, format(mark)));
    }

    /** Type → mark, for saving. */
    Map<String, String> marks() {
        Map<String, String> formatted = new TreeMap<>();
        marks.forEach((type, mark) -> formatted.put(type, format(mark)));
        return formatted;
    }

    private void note(String type, String id) {
        if (!ObjectIdAllocator.isValid(id)) {
            throw new IllegalArgumentException("Not a 16-digit hex object id: " + id);
        }
        long high = Long.parseLong(id.substring(0, 8), 16);
        long count = Long.parseLong(id.substring(8), 16);
        long[] mark = marks.computeIfAbsent(type, t -> new long[] { high, count });
        mark[0] = Math.max(mark[0], high);
        mark[1] = Math.max(mark[1], count);
    }

    private static String format(long[] mark) {
        return String.format("%08x%08x", mark[0], mark[1]);
    }
}
