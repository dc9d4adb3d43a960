package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.FaultSetEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.MappingEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdsEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.StoragePoolEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VTreeEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * The parent-to-children relations statistics need, each built in one pass on first use and kept for one query,
 * so that asking for every volume's children stays linear. Lists keep the state's creation order.
 */
final class ClusterIndex {

    private final ClusterState state;
    private Map<String, List<VolumeEntity>> volumesByPool;
    private Map<String, List<DeviceEntity>> devicesByPool;
    private Map<String, List<DeviceEntity>> devicesBySds;
    private Map<String, List<VTreeEntity>> vtreesByPool;
    private Map<String, List<VolumeEntity>> volumesByVtree;
    private Map<String, List<VolumeEntity>> childrenByVolume;
    private Map<String, List<VolumeEntity>> volumesBySdc;
    private Map<String, List<StoragePoolEntity>> poolsByDomain;
    private Map<String, List<SdsEntity>> sdssByDomain;
    private Map<String, List<SdsEntity>> sdssByFaultSet;
    private Map<String, List<FaultSetEntity>> faultSetsByDomain;

    ClusterIndex(ClusterState state) {
        this.state = state;
    }

    List<VolumeEntity> volumesOfPool(String poolId) {
        volumesByPool = volumesByPool != null ? volumesByPool : group(state.volumes.values(), v -> v.storagePoolId);
        return volumesByPool.getOrDefault(poolId, List.of());
    }

    List<DeviceEntity> devicesOfPool(String poolId) {
        devicesByPool = devicesByPool != null ? devicesByPool : group(state.devices.values(), d -> d.storagePoolId);
        return devicesByPool.getOrDefault(poolId, List.of());
    }

    List<DeviceEntity> devicesOfSds(String sdsId) {
        devicesBySds = devicesBySds != null ? devicesBySds : group(state.devices.values(), d -> d.sdsId);
        return devicesBySds.getOrDefault(sdsId, List.of());
    }

    List<VTreeEntity> vtreesOfPool(String poolId) {
        vtreesByPool = vtreesByPool != null ? vtreesByPool : group(state.vtrees.values(), t -> t.storagePoolId);
        return vtreesByPool.getOrDefault(poolId, List.of());
    }

    List<VolumeEntity> volumesOfVtree(String vtreeId) {
        volumesByVtree = volumesByVtree != null ? volumesByVtree : group(state.volumes.values(), v -> v.vtreeId);
        return volumesByVtree.getOrDefault(vtreeId, List.of());
    }

    /** The snapshots taken directly of a volume. */
    List<VolumeEntity> childrenOf(String volumeId) {
        childrenByVolume = childrenByVolume != null ? childrenByVolume
                : group(state.volumes.values(), v -> v.ancestorVolumeId);
        return childrenByVolume.getOrDefault(volumeId, List.of());
    }

    /** The volumes mapped to an SDC, whether or not it is connected. */
    List<VolumeEntity> volumesOfSdc(String sdcId) {
        if (volumesBySdc == null) {
            volumesBySdc = new HashMap<>();
            for (VolumeEntity volume : state.volumes.values()) {
                for (MappingEntity mapping : volume.mappings) {
                    volumesBySdc.computeIfAbsent(mapping.sdcId, id -> new ArrayList<>()).add(volume);
                }
            }
        }
        return volumesBySdc.getOrDefault(sdcId, List.of());
    }

    List<StoragePoolEntity> poolsOfDomain(String domainId) {
        poolsByDomain = poolsByDomain != null ? poolsByDomain
                : group(state.storagePools.values(), p -> p.protectionDomainId);
        return poolsByDomain.getOrDefault(domainId, List.of());
    }

    List<SdsEntity> sdssOfDomain(String domainId) {
        sdssByDomain = sdssByDomain != null ? sdssByDomain : group(state.sdss.values(), s -> s.protectionDomainId);
        return sdssByDomain.getOrDefault(domainId, List.of());
    }

    List<SdsEntity> sdssOfFaultSet(String faultSetId) {
        sdssByFaultSet = sdssByFaultSet != null ? sdssByFaultSet : group(state.sdss.values(), s -> s.faultSetId);
        return sdssByFaultSet.getOrDefault(faultSetId, List.of());
    }

    List<FaultSetEntity> faultSetsOfDomain(String domainId) {
        faultSetsByDomain = faultSetsByDomain != null ? faultSetsByDomain
                : group(state.faultSets.values(), f -> f.protectionDomainId);
        return faultSetsByDomain.getOrDefault(domainId, List.of());
    }

    /** Groups by a parent id; children without a parent (null key) are left out. */
    private static <T> Map<String, List<T>> group(Collection<T> children, Function<T, String> parentOf) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T child : children) {
            String parent = parentOf.apply(child);
            if (parent != null) {
                groups.computeIfAbsent(parent, id -> new ArrayList<>()).add(child);
            }
        }
        return groups;
    }
}
