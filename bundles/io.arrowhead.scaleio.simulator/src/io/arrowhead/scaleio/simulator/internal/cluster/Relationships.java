package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The objects behind {@code /api/instances/{Type}::{id}/relationships/{Related}} (all but Statistics), exactly
 * the relationships the objects' links advertise.
 */
final class Relationships {

    /** The related objects and their type. */
    record Related(WireType type, List<?> objects) {
    }

    private Relationships() {
    }

    /** The related objects, or null when the type has no such relationship. */
    static Related of(ClusterState state, WireType type, String id, String related) {
        return switch (type.wireName() + "/" + related) {
            case "System/ProtectionDomain" -> all(WireType.PROTECTION_DOMAIN, state.protectionDomains.values());
            case "System/Sdc" -> all(WireType.SDC, state.sdcs.values());
            case "System/User" -> new Related(WireType.USER, List.of());
            case "ProtectionDomain/StoragePool" ->
                matching(WireType.STORAGE_POOL, state.storagePools.values(), p -> p.protectionDomainId.equals(id));
            case "ProtectionDomain/Sds" ->
                matching(WireType.SDS, state.sdss.values(), s -> s.protectionDomainId.equals(id));
            case "ProtectionDomain/FaultSet" ->
                matching(WireType.FAULT_SET, state.faultSets.values(), f -> f.protectionDomainId.equals(id));
            case "StoragePool/Volume" ->
                matching(WireType.VOLUME, state.volumes.values(), v -> v.storagePoolId.equals(id));
            case "StoragePool/Device" ->
                matching(WireType.DEVICE, state.devices.values(), d -> d.storagePoolId.equals(id));
            case "StoragePool/VTree" ->
                matching(WireType.VTREE, state.vtrees.values(), t -> t.storagePoolId.equals(id));
            case "StoragePool/SpSds" -> new Related(WireType.SDS, sdssServing(state, id));
            case "Sds/Device" -> matching(WireType.DEVICE, state.devices.values(), d -> d.sdsId.equals(id));
            case "Sds/RfcacheDevice" -> new Related(WireType.RFCACHE_DEVICE, List.of());
            case "FaultSet/Sds" -> matching(WireType.SDS, state.sdss.values(), s -> id.equals(s.faultSetId));
            case "Sdc/Volume" ->
                matching(WireType.VOLUME, state.volumes.values(), v -> v.mappingOf(id) != null);
            case "VTree/Volume" -> matching(WireType.VOLUME, state.volumes.values(), v -> v.vtreeId.equals(id));
            default -> null;
        };
    }

    /**
     * [open] SpSds answers 3.x "storage pool SDS" records, whose exact shape is unknown; this simulator answers the
     * SDS objects that contribute devices to the pool.
     */
    private static List<SdsEntity> sdssServing(ClusterState state, String poolId) {
        Set<String> sdsIds = new LinkedHashSet<>();
        for (DeviceEntity device : state.devices.values()) {
            if (device.storagePoolId.equals(poolId)) {
                sdsIds.add(device.sdsId);
            }
        }
        List<SdsEntity> sdss = new ArrayList<>(sdsIds.size());
        sdsIds.forEach(sdsId -> sdss.add(state.sdss.get(sdsId)));
        return sdss;
    }

    private static Related all(WireType type, Collection<?> objects) {
        return new Related(type, List.copyOf(objects));
    }

    private static <T> Related matching(WireType type, Collection<T> objects, Predicate<T> filter) {
        List<T> found = new ArrayList<>();
        for (T object : objects) {
            if (filter.test(object)) {
                found.add(object);
            }
        }
        return new Related(type, found);
    }
}
