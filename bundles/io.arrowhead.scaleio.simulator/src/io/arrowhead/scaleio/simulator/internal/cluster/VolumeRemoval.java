package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * {@code removeVolume} with its four modes. Nothing is removed if any volume of the selection is mapped (104), and
 * a VTree goes away with its last member.
 */
final class VolumeRemoval {

    private static final String MODES = "ONLY_ME, INCLUDING_DESCENDANTS, DESCENDANTS_ONLY, WHOLE_VTREE";

    private final ClusterState state;
    private final BackingFiles files;

    VolumeRemoval(ClusterState state, BackingFiles files) {
        this.state = state;
        this.files = files;
    }

    ApiResponse remove(VolumeEntity volume, RequestBody body) {
        String mode = body.required("removeMode");
        List<VolumeEntity> doomed = switch (mode) {
            // A real MDM removes just this volume; its snapshots stay in the VTree, their ancestorVolumeId
            // [open] still naming the removed volume.
            case "ONLY_ME" -> List.of(volume);
            case "INCLUDING_DESCENDANTS" -> withDescendants(volume);
            case "DESCENDANTS_ONLY" -> descendantsOnly(volume);
            case "WHOLE_VTREE" -> vtreeMembers(volume.vtreeId);
            default -> throw GatewayErrors.notOneOf("removeMode", MODES, mode);
        };
        for (VolumeEntity candidate : doomed) {
            if (!candidate.mappings.isEmpty()) {
                throw GatewayErrors.volumeIsMapped();
            }
        }
        for (VolumeEntity candidate : doomed) {
            state.volumes.remove(candidate.id);
            files.removed(candidate.id);
        }
        if (vtreeMembers(volume.vtreeId).isEmpty()) {
            state.vtrees.remove(volume.vtreeId);
        }
        return ApiResponse.emptyObject();
    }

    private List<VolumeEntity> descendantsOnly(VolumeEntity volume) {
        List<VolumeEntity> descendants = withDescendants(volume);
        descendants.remove(0);
        if (descendants.isEmpty()) {
            throw GatewayErrors.nothingToDelete(); // [open] the code the MDM table offers for this case
        }
        return descendants;
    }

    /** The volume first, then every snapshot taken of it or of its snapshots, breadth first. */
    private List<VolumeEntity> withDescendants(VolumeEntity volume) {
        Map<String, List<VolumeEntity>> children = new HashMap<>();
        for (VolumeEntity member : vtreeMembers(volume.vtreeId)) {
            if (member.ancestorVolumeId != null) {
                children.computeIfAbsent(member.ancestorVolumeId, id -> new ArrayList<>()).add(member);
            }
        }
        List<VolumeEntity> found = new ArrayList<>();
        Deque<VolumeEntity> pending = new ArrayDeque<>(List.of(volume));
        while (!pending.isEmpty()) {
            VolumeEntity next = pending.removeFirst();
            found.add(next);
            pending.addAll(children.getOrDefault(next.id, List.of()));
        }
        return found;
    }

    private List<VolumeEntity> vtreeMembers(String vtreeId) {
        List<VolumeEntity> members = new ArrayList<>();
        for (VolumeEntity candidate : state.volumes.values()) {
            if (candidate.vtreeId.equals(vtreeId)) {
                members.add(candidate);
            }
        }
        return members;
    }
}
