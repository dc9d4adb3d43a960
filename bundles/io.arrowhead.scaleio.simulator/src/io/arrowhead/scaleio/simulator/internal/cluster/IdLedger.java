package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/**
 * Hands out ids through the state's allocator and remembers, per type, the highest id ever issued (its high and
 * low halves separately). Persisted with the state, these marks keep ids of removed objects from coming back after
 * a restart, which the surviving objects alone could not. It also notes the ids each action issues, for the journal,
 * and hands the noted ids out again when the journal is replayed. Callers hold the state's write lock (or own the
 * state).
 */
final class IdLedger {

    private final ObjectIdAllocator allocator;
    private final Map<String, long[]> marks = new TreeMap<>();
    private List<String> issuedInAction = new ArrayList<>();
    /** The ids to hand out while a journaled change is replayed; null otherwise. */
    private Iterator<String> replayed;

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
        String id;
        if (replayed == null) {
            id = allocator.next(type);
        } else if (replayed.hasNext()) {
            id = replayed.next();
        } else {
            throw new IllegalStateException("The replayed change issues more ids than the journal noted");
        }
        note(type, id);
        issuedInAction.add(id);
        return id;
    }

    /** Starts an action: its ids are noted from now on; when {@code replaying} is not null, it gives them. */
    void beginAction(List<String> replaying) {
        issuedInAction = new ArrayList<>();
        replayed = replaying == null ? null : replaying.iterator();
    }

    /** Ends the action; fails when a replay did not use every id the journal noted. */
    void endAction() {
        boolean unused = replayed != null && replayed.hasNext();
        replayed = null;
        if (unused) {
            throw new IllegalStateException("The replayed change issues fewer ids than the journal noted");
        }
    }

    /** The ids the last action issued, in order. */
    List<String> issuedInAction() {
        return List.copyOf(issuedInAction);
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
