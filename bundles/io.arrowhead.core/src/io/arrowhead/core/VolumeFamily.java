package io.arrowhead.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Snapshot trees of a loaded cluster: what goes with a volume that is deleted with its descendants, and how the console
 * and the command line delete volumes in the order the gateway accepts.
 */
public final class VolumeFamily {

    private VolumeFamily() {
    }

    /** The snapshots of a volume, of those snapshots, and so on; the model knows each level by its ancestor. */
    public static List<Volume> descendants(ClusterModel model, String volumeId) {
        List<Volume> found = new ArrayList<>();
        if (model == null) {
            return found;
        }
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(volumeId));
        while (!pending.isEmpty()) {
            for (Volume snapshot : model.snapshots(pending.removeLast())) {
                if (seen.add(snapshot.id())) {
                    found.add(snapshot);
                    pending.add(snapshot.id());
                }
            }
        }
        return found;
    }

    /** The mapped descendants of the volumes, other than the volumes themselves. */
    public static List<Volume> mappedDescendants(ClusterModel model, Collection<Volume> volumes) {
        Set<String> selected = new HashSet<>();
        volumes.forEach(v -> selected.add(v.id()));
        Set<String> seen = new HashSet<>();
        List<Volume> mapped = new ArrayList<>();
        for (Volume volume : volumes) {
            for (Volume descendant : descendants(model, volume.id())) {
                if (descendant.isMapped() && !selected.contains(descendant.id()) && seen.add(descendant.id())) {
                    mapped.add(descendant);
                }
            }
        }
        return mapped;
    }

    /** The volumes without those that descend from another of them, which go with their ancestor anyway. */
    public static List<Volume> withoutDescendantsOfOthers(ClusterModel model, List<Volume> volumes) {
        Set<String> covered = new HashSet<>();
        for (Volume volume : volumes) {
            descendants(model, volume.id()).forEach(d -> covered.add(d.id()));
        }
        return volumes.stream().filter(v -> !covered.contains(v.id())).toList();
    }

    /** The volumes ordered so that snapshots come before the volumes they were taken of. */
    public static List<Volume> descendantsFirst(ClusterModel model, List<Volume> volumes) {
        List<Volume> ordered = new ArrayList<>(volumes);
        ordered.sort((a, b) -> Integer.compare(depth(model, b), depth(model, a)));
        return ordered;
    }

    private static int depth(ClusterModel model, Volume volume) {
        int depth = 0;
        Volume current = volume;
        while (model != null && current.ancestorVolumeId() != null && depth < 1000) {
            current = model.volume(current.ancestorVolumeId()).orElse(null);
            if (current == null) {
                break;
            }
            depth++;
        }
        return depth;
    }

    /**
     * The order to delete volumes in: with their descendants, a selected snapshot goes with its selected source, so it
     * is left out; alone, snapshots go before the volumes they were taken of.
     */
    public static List<Volume> deletionOrder(ClusterModel model, List<Volume> volumes, RemoveMode mode) {
        return mode == RemoveMode.INCLUDING_DESCENDANTS ? withoutDescendantsOfOthers(model, volumes)
            : descendantsFirst(model, volumes);
    }

    /**
     * What must be unmapped before deleting volumes in this order. The gateway removes nothing of a tree with a mapped
     * member, and only the volumes deleted by name are unmapped on the way, so every other mapped member of the doomed
     * trees is unmapped beforehand: the mapped descendants when they go too, and mapped volumes left out of the order.
     */
    public static List<Volume> unmapBeforeDeleting(ClusterModel model, List<Volume> volumes, List<Volume> ordered,
        RemoveMode mode) {
        List<Volume> toUnmap = new ArrayList<>(mode == RemoveMode.INCLUDING_DESCENDANTS
            ? mappedDescendants(model, volumes) : List.of());
        volumes.stream().filter(v -> v.isMapped() && !ordered.contains(v)).forEach(toUnmap::add);
        return toUnmap;
    }
}
