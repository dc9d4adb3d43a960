package io.arrowhead.core.internal.hosts;

import java.time.Duration;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.ProfilePlacement;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.core.internal.ClusterRead;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * Creates a ScaleIO volume by a storage profile and attaches it to a Docker host under the same name, with the
 * profile's filesystem and QoS. The volume registers its deletion as the first undo, so a failure in any later step
 * unmaps it and then deletes it.
 */
public final class NewVolumeProcedure {

    /** The new volume: also the Docker volume's name, checked against both naming rules already. */
    public record Request(String name, ManagedHost host, StorageProfile profile, long sizeGib,
        Duration deviceTimeout) {
    }

    private NewVolumeProcedure() {
    }

    /** Runs the steps; returns the pool the volume was created in. */
    public static StoragePool run(OperationContext context, Request request) throws Exception {
        OperationSteps steps = context.steps();
        ManagedHost host = request.host();
        String name = request.name();
        StorageProfile profile = request.profile();
        steps.run("Check that " + name + " is free", step -> {
            if (context.docker(host).inspectVolume(name).isPresent()) {
                throw new IllegalStateException("A Docker volume named " + name + " already exists on "
                    + host.name() + ".");
            }
            if (context.client().volumes().stream().anyMatch(volume -> name.equals(volume.name()))) {
                throw new IllegalStateException("A ScaleIO volume named " + name + " already exists.");
            }
            return null;
        });
        StoragePool pool = steps.run("Choose a pool for profile " + profile.name(), step -> {
            ClusterModel model = context.connection().model();
            ClusterModel current = model != null ? model : ClusterRead.model(context.client());
            StoragePool chosen = ProfilePlacement.choose(current, profile, request.sizeGib(),
                candidate -> context.client().statistics(ObjectType.STORAGE_POOL, candidate.id()).capacity());
            step.detail(profile.pool() == null ? chosen.name() + ", the pool with the most room" : chosen.name());
            return chosen;
        });
        String kind = profile.provisioning() == VolumeType.THICK_PROVISIONED
            ? "thick" : "thin";
        String volumeId = steps.run("Create volume " + name + " in pool " + pool.name(), step -> {
            String id = context.client().createVolume(VolumeRequest.ofGib(pool.id(), name, request.sizeGib(),
                profile.provisioning()));
            step.detail(VolumeRules.allocatedGib(request.sizeGib()) + " GiB " + kind + ", id " + id);
            return id;
        });
        steps.onFailureUndo("Delete the new volume " + name, "volume " + name + " (" + volumeId + ")",
            () -> context.undoClient().removeVolume(volumeId, RemoveMode.ONLY_ME));
        context.about(volumeId, name, name);
        AttachProcedure.run(context, new AttachProcedure.Request(volumeId, host, name, profile.filesystem(), false,
            request.deviceTimeout(), profile.iopsLimit(), profile.bandwidthMibps()));
        return pool;
    }
}
