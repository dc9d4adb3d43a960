package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * {@code snapshotVolumes}, with or without the System id in the path. All definitions are checked before the first
 * snapshot exists, so a refused call leaves no half-made snapshot group.
 */
final class SystemActions {

    /** One checked snapshot definition. */
    private record Planned(VolumeEntity source, String name) {
    }

    private final ClusterContext context;
    private final CapacityCheck capacity;

    SystemActions(ClusterContext context) {
        this.context = context;
        this.capacity = new CapacityCheck(context);
    }

    /** {@code {"snapshotDefs":[{"volumeId","snapshotName"}]}} → {@code {"snapshotGroupId","volumeIdList"}}. */
    ApiResponse snapshotVolumes(RequestBody body) {
        List<JsonNode> definitions = body.array("snapshotDefs");
        if (definitions == null || definitions.isEmpty()) {
            throw GatewayErrors.missingParameters("snapshotDefs");
        }
        String accessModeLimit = body.has("accessModeLimit")
                ? Validation.accessModeLimit(body.text("accessModeLimit"))
                : Validation.READ_ONLY;
        List<Planned> plans = plan(definitions);

        String groupId = context.ids.next(WireType.SNAPSHOT_GROUP);
        long now = context.nowEpochSeconds();
        List<String> snapshotIds = new ArrayList<>(plans.size());
        for (Planned plan : plans) {
            VolumeEntity source = plan.source();
            String id = context.ids.next(WireType.VOLUME.wireName());
            String name = plan.name() != null ? plan.name() : context.lookup.unusedVolumeName("snap-" + id);
            VolumeEntity snapshot = new VolumeEntity(id, name, source.storagePoolId, source.vtreeId,
                    VolumeKind.SNAPSHOT, source.sizeInKb, now, source.id, groupId);
            snapshot.accessModeLimit = accessModeLimit;
            context.state.volumes.put(id, snapshot); // written 0: it shares every block with its ancestor
            context.files.snapshotted(source.id, id, source.sizeInKb);
            snapshotIds.add(id);
        }
        return JsonRenderer.ok(json -> {
            json.writeStartObject();
            json.writeStringField("snapshotGroupId", groupId);
            JsonRenderer.stringArray(json, "volumeIdList", snapshotIds);
            json.writeEndObject();
        });
    }

    private List<Planned> plan(List<JsonNode> definitions) {
        List<Planned> plans = new ArrayList<>(definitions.size());
        Set<String> batchNames = new HashSet<>();
        Map<String, Long> addedKbPerPool = new LinkedHashMap<>();
        for (JsonNode element : definitions) {
            RequestBody definition = RequestBody.of(element, "snapshotDefs");
            VolumeEntity source = context.lookup.volume(ClusterLookup.checkedId(definition.required("volumeId")));
            String name = definition.text("snapshotName");
            if (name != null) {
                Validation.name(name);
                if (context.lookup.volumeNameInUse(name) || !batchNames.add(name)) {
                    throw GatewayErrors.volumeNameInUse();
                }
            }
            addedKbPerPool.merge(source.storagePoolId, source.sizeInKb, Long::sum);
            plans.add(new Planned(source, name));
        }
        addedKbPerPool.forEach((poolId, addedKb) ->
                capacity.ensureRoom(context.state.storagePools.get(poolId), VolumeKind.SNAPSHOT, addedKb));
        return plans;
    }
}
