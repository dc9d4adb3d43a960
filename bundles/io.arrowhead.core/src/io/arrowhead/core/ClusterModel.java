package io.arrowhead.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * One immutable load of a gateway's cluster, indexed the way the navigator and editors walk it. Built once per
 * load on a job thread, so that the UI thread only ever looks things up. Child lists are sorted by name.
 */
public final class ClusterModel {

    /** How names sort everywhere in the console: case-insensitively, then by id so equal names stay stable. */
    public static final Comparator<String> NAME_ORDER = String.CASE_INSENSITIVE_ORDER;

    private final ClusterSnapshot snapshot;
    private final Instant loadedAt;
    private final Map<String, Volume> volumesById;
    private final Map<String, Volume> volumesByName;
    private final Map<String, StoragePool> poolsById;
    private final Map<String, ProtectionDomain> domainsById;
    private final Map<String, Sdc> sdcsById;
    private final Map<String, Sds> sdssById;
    private final Map<String, Device> devicesById;
    private final Map<String, List<StoragePool>> poolsByDomain = new HashMap<>();
    private final Map<String, List<Sds>> sdssByDomain = new HashMap<>();
    private final Map<String, List<Device>> devicesBySds = new HashMap<>();
    private final Map<String, List<Volume>> volumesByPool = new HashMap<>();
    private final Map<String, List<Volume>> snapshotsByVolume = new HashMap<>();
    private final Map<String, List<Volume>> volumesBySdc = new HashMap<>();
    private final Map<String, VolumeCounts> countsByPool = new HashMap<>();
    private final VolumeCounts systemCounts;
    private final List<ProtectionDomain> domains;
    private final List<Sdc> sdcs;

    private ClusterModel(ClusterSnapshot snapshot, Instant loadedAt) {
        this.snapshot = Objects.requireNonNull(snapshot);
        this.loadedAt = Objects.requireNonNull(loadedAt);
        volumesById = index(snapshot.volumeList(), Volume::id);
        volumesByName = index(snapshot.volumeList(), Volume::name);
        poolsById = index(snapshot.storagePoolList(), StoragePool::id);
        domainsById = index(snapshot.protectionDomainList(), ProtectionDomain::id);
        sdcsById = index(snapshot.sdcList(), Sdc::id);
        sdssById = index(snapshot.sdsList(), Sds::id);
        devicesById = index(snapshot.deviceList(), Device::id);
        domains = sorted(snapshot.protectionDomainList(), ProtectionDomain::name);
        sdcs = sorted(snapshot.sdcList(), ClusterModel::sdcSortKey);
        for (StoragePool pool : sorted(snapshot.storagePoolList(), StoragePool::name)) {
            add(poolsByDomain, pool.protectionDomainId(), pool);
        }
        for (Sds sds : sorted(snapshot.sdsList(), Sds::name)) {
            add(sdssByDomain, sds.protectionDomainId(), sds);
        }
        for (Device device : sorted(snapshot.deviceList(), Device::name)) {
            add(devicesBySds, device.sdsId(), device);
        }
        VolumeCounts all = VolumeCounts.NONE;
        for (Volume volume : sorted(snapshot.volumeList(), Volume::name)) {
            if (volume.isSnapshot() && volume.ancestorVolumeId() != null
                && volumesById.containsKey(volume.ancestorVolumeId())) {
                add(snapshotsByVolume, volume.ancestorVolumeId(), volume);
            } else {
                add(volumesByPool, volume.storagePoolId(), volume);
            }
            for (MappedSdcInfo mapping : volume.mappedSdcInfo()) {
                add(volumesBySdc, mapping.sdcId(), volume);
            }
            countsByPool.put(volume.storagePoolId(),
                volumeCounts(volume.storagePoolId()).plusOne(volume.isSnapshot()));
            all = all.plusOne(volume.isSnapshot());
        }
        systemCounts = all;
        for (Map<String, ? extends List<?>> children : List.of(poolsByDomain, sdssByDomain, devicesBySds,
            volumesByPool, snapshotsByVolume, volumesBySdc)) {
            freeze(children);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void freeze(Map<String, ? extends List<?>> children) {
        ((Map<String, List<T>>) children).replaceAll((key, list) -> List.copyOf(list));
    }

    public static ClusterModel of(ClusterSnapshot snapshot, Instant loadedAt) {
        return new ClusterModel(snapshot, loadedAt);
    }

    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public ScaleIoSystem system() {
        return snapshot.system();
    }

    public List<ProtectionDomain> protectionDomains() {
        return domains;
    }

    public List<StoragePool> pools(String protectionDomainId) {
        return poolsByDomain.getOrDefault(protectionDomainId, List.of());
    }

    public List<Sds> sdss(String protectionDomainId) {
        return sdssByDomain.getOrDefault(protectionDomainId, List.of());
    }

    public List<Device> devices(String sdsId) {
        return devicesBySds.getOrDefault(sdsId, List.of());
    }

    /** The volumes of a pool that are not snapshots of another volume of the model, by name. */
    public List<Volume> volumes(String poolId) {
        return volumesByPool.getOrDefault(poolId, List.of());
    }

    /** The snapshots taken directly of a volume, by name. */
    public List<Volume> snapshots(String volumeId) {
        return snapshotsByVolume.getOrDefault(volumeId, List.of());
    }

    /** How many of a pool's volumes are snapshots and how many are not, wherever the tree nests them. */
    public VolumeCounts volumeCounts(String poolId) {
        return countsByPool.getOrDefault(poolId, VolumeCounts.NONE);
    }

    /** The same for the whole system. */
    public VolumeCounts volumeCounts() {
        return systemCounts;
    }

    public List<Sdc> sdcs() {
        return sdcs;
    }

    /** The volumes mapped to an SDC, by name. */
    public List<Volume> volumesMappedTo(String sdcId) {
        return volumesBySdc.getOrDefault(sdcId, List.of());
    }

    public List<Volume> allVolumes() {
        return snapshot.volumeList();
    }

    public Optional<Volume> volume(String id) {
        return Optional.ofNullable(volumesById.get(id));
    }

    public Optional<Volume> volumeByName(String name) {
        return Optional.ofNullable(volumesByName.get(name));
    }

    public Optional<StoragePool> pool(String id) {
        return Optional.ofNullable(poolsById.get(id));
    }

    public Optional<ProtectionDomain> protectionDomain(String id) {
        return Optional.ofNullable(domainsById.get(id));
    }

    public Optional<Sdc> sdc(String id) {
        return Optional.ofNullable(sdcsById.get(id));
    }

    public Optional<Sds> sds(String id) {
        return Optional.ofNullable(sdssById.get(id));
    }

    public Optional<Device> device(String id) {
        return Optional.ofNullable(devicesById.get(id));
    }

    /** An SDC's name, or its IP when it has none, as the gateway's own tools show it. */
    public static String sdcLabel(Sdc sdc) {
        return sdc.name() != null && !sdc.name().isBlank() ? sdc.name() : sdc.sdcIp();
    }

    private static String sdcSortKey(Sdc sdc) {
        String label = sdcLabel(sdc);
        return label == null ? sdc.id() : label;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) {
            String k = key.apply(item);
            if (k != null) {
                map.putIfAbsent(k, item);
            }
        }
        return map;
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(item -> Objects.requireNonNullElse(name.apply(item), ""), NAME_ORDER));
        return copy;
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
