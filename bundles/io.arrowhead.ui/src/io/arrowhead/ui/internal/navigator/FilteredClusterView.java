package io.arrowhead.ui.internal.navigator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * What a filter leaves of a model. A volume shows when it matches, when a snapshot below it matches (so the match
 * keeps its place in the tree), or when it is a snapshot of a match. An SDC shows when it matches, with all its
 * volumes, or when a volume mapped to it matches, with those volumes only. Containers without anything to show are
 * left out. The matching is one pass over the model; child lists are filtered when first asked for, then kept.
 */
final class FilteredClusterView implements ClusterView {

    private final ClusterModel model;
    private final Set<String> matchedVolumes = new HashSet<>();
    /** Matching volumes and every snapshot below them. */
    private final Set<String> belowMatches = new HashSet<>();
    /** Volumes with a match somewhere below them. */
    private final Set<String> aboveMatches = new HashSet<>();
    private final Set<String> matchedSdcs = new HashSet<>();
    private final Set<String> sdcsWithMatches = new HashSet<>();
    private final Set<String> matchedSdss = new HashSet<>();
    private final List<Sdc> sdcs;
    private final List<ProtectionDomain> domains;
    private final Map<String, List<Volume>> volumesByPool = new HashMap<>();
    private final Map<String, List<Volume>> snapshotsByVolume = new HashMap<>();
    private final Map<String, List<Volume>> volumesBySdc = new HashMap<>();
    private final Map<String, List<StoragePool>> poolsByDomain = new HashMap<>();
    private final Map<String, List<Sds>> sdssByDomain = new HashMap<>();

    FilteredClusterView(ClusterModel model, NavigatorFilter filter) {
        this.model = model;
        for (Volume volume : model.allVolumes()) {
            if (filter.matches(volume.name(), volume.id())) {
                matchedVolumes.add(volume.id());
                showWithContext(volume);
                for (MappedSdcInfo mapping : volume.mappedSdcInfo()) {
                    sdcsWithMatches.add(mapping.sdcId());
                }
            }
        }
        for (Sdc sdc : model.sdcs()) {
            if (filter.matches(ClusterModel.sdcLabel(sdc), sdc.id())) {
                matchedSdcs.add(sdc.id());
            }
        }
        sdcs = only(model.sdcs(), sdc -> matchedSdcs.contains(sdc.id()) || sdcsWithMatches.contains(sdc.id()));
        for (ProtectionDomain domain : model.protectionDomains()) {
            for (Sds sds : model.sdss(domain.id())) {
                if (filter.matches(sds.name(), sds.id())) {
                    matchedSdss.add(sds.id());
                }
            }
        }
        domains = only(model.protectionDomains(), d -> !pools(d.id()).isEmpty() || !sdss(d.id()).isEmpty());
    }

    /**
     * Marks the snapshots below a match and the volumes above it. Each walk stops where an earlier one went, so the
     * whole pass stays linear in the number of volumes however many match.
     */
    private void showWithContext(Volume match) {
        Deque<String> below = new ArrayDeque<>();
        below.push(match.id());
        while (!below.isEmpty()) {
            String id = below.pop();
            if (belowMatches.add(id)) {
                model.snapshots(id).forEach(snapshot -> below.push(snapshot.id()));
            }
        }
        Volume above = parentVolume(match);
        while (above != null && aboveMatches.add(above.id())) {
            above = parentVolume(above);
        }
    }

    /** The volume a snapshot is nested under, by the same rule as {@link ClusterModel#snapshots}. */
    private Volume parentVolume(Volume volume) {
        if (!volume.isSnapshot() || volume.ancestorVolumeId() == null) {
            return null;
        }
        return model.volume(volume.ancestorVolumeId()).orElse(null);
    }

    @Override
    public ClusterModel model() {
        return model;
    }

    @Override
    public List<ProtectionDomain> protectionDomains() {
        return domains;
    }

    @Override
    public List<StoragePool> pools(String protectionDomainId) {
        return poolsByDomain.computeIfAbsent(protectionDomainId,
            id -> only(model.pools(id), pool -> !volumes(pool.id()).isEmpty()));
    }

    @Override
    public List<Sds> sdss(String protectionDomainId) {
        return sdssByDomain.computeIfAbsent(protectionDomainId,
            id -> only(model.sdss(id), sds -> matchedSdss.contains(sds.id())));
    }

    @Override
    public List<Device> devices(String sdsId) {
        return model.devices(sdsId);
    }

    @Override
    public List<Volume> volumes(String poolId) {
        return volumesByPool.computeIfAbsent(poolId, id -> only(model.volumes(id), this::isVisible));
    }

    @Override
    public List<Volume> snapshots(String volumeId) {
        return snapshotsByVolume.computeIfAbsent(volumeId, id -> only(model.snapshots(id), this::isVisible));
    }

    @Override
    public List<Sdc> sdcs() {
        return sdcs;
    }

    @Override
    public List<Volume> volumesMappedTo(String sdcId) {
        if (matchedSdcs.contains(sdcId)) {
            return model.volumesMappedTo(sdcId);
        }
        return volumesBySdc.computeIfAbsent(sdcId,
            id -> only(model.volumesMappedTo(id), volume -> matchedVolumes.contains(volume.id())));
    }

    @Override
    public boolean isVolumeMatch(String volumeId) {
        return matchedVolumes.contains(volumeId);
    }

    @Override
    public boolean isSdcMatch(String sdcId) {
        return matchedSdcs.contains(sdcId);
    }

    @Override
    public boolean isSdsMatch(String sdsId) {
        return matchedSdss.contains(sdsId);
    }

    @Override
    public int matchCount() {
        return matchedVolumes.size() + matchedSdcs.size() + matchedSdss.size();
    }

    private boolean isVisible(Volume volume) {
        return belowMatches.contains(volume.id()) || aboveMatches.contains(volume.id());
    }

    private static <T> List<T> only(List<T> items, Predicate<T> keep) {
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (keep.test(item)) {
                kept.add(item);
            }
        }
        return kept.isEmpty() ? List.of() : List.copyOf(kept);
    }
}
