package io.arrowhead.core.internal.hosts;

import java.util.List;
import java.util.Optional;

import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.hosts.ScaleIoDevice;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Detaches a Docker volume Arrowhead made from its host: check that it is Arrowhead's, of this gateway's system and
 * unused, find the host's SDC, remove the Docker volume, unmap the ScaleIO volume from that SDC. Removing the Docker
 * volume registers its undo (create it again on the same device), for when the unmap fails.
 */
public final class DetachProcedure {

    /** The ScaleIO volume that was behind the Docker volume, and its filesystem type. */
    public record Detached(String volumeId, FilesystemType filesystem) {
    }

    private DetachProcedure() {
    }

    public static Detached run(OperationContext context, ManagedHost host, String name) throws Exception {
        OperationSteps steps = context.steps();
        DockerVolume dockerVolume = steps.run("Check " + name + " on " + host.name(), step -> {
            DockerVolume found = check(context, host, name);
            step.detail(context.subject().volumeLabel() + ", " + found.filesystemType());
            return found;
        });
        String volumeId = dockerVolume.volumeId();
        FilesystemType type = FilesystemType.parse(dockerVolume.filesystemType());
        Sdc sdc = SdcLookup.find(context, host);
        // Read before removing: the device is what the Docker volume would be created on again.
        Optional<ScaleIoDevice> device = steps.run("Find the device on " + host.name(), step -> {
            Optional<ScaleIoDevice> found = context.docker(host).findDevice(context.systemId(), volumeId);
            step.detail(found.map(d -> d.linkPath() + " -> " + d.devicePath()).orElse("not present"));
            return found;
        });
        steps.run("Remove Docker volume " + name + " from " + host.name(), step -> {
            context.docker(host).removeVolume(name);
            return null;
        });
        if (device.isPresent()) {
            steps.onFailureUndo("Create Docker volume " + name + " on " + host.name() + " again",
                "the missing Docker volume " + name + " on " + host.name(),
                () -> context.undoDocker(host).createVolume(name, device.get(), type));
        }
        steps.run("Unmap " + context.volumeName + " from SDC " + SdcLookup.label(sdc), step -> {
            Volume volume = context.client().get(ObjectType.VOLUME, volumeId);
            if (volume.mappingOf(sdc.id()).isEmpty()) {
                step.detail("was not mapped to this SDC");
            } else {
                context.client().unmapVolume(volumeId, SdcRef.id(sdc.id()));
            }
            return null;
        });
        return new Detached(volumeId, type);
    }

    /**
     * Deletes the ScaleIO volume a detach left unmapped, as the last step. The detach is committed first: once the
     * volume is unmapped, a failed delete must not bring the Docker volume back over a device that is gone.
     */
    public static void deleteVolume(OperationContext context, Detached detached) throws Exception {
        OperationSteps steps = context.steps();
        steps.commit();
        steps.run("Delete volume " + context.volumeName, step -> {
            Volume volume = context.client().get(ObjectType.VOLUME, detached.volumeId());
            if (volume.isMapped()) {
                throw new IllegalStateException("Volume " + volume.name() + " is still mapped to another SDC, so it "
                    + "was not deleted. It is detached from the host.");
            }
            context.client().removeVolume(detached.volumeId(), RemoveMode.ONLY_ME);
            step.detail("volume " + volume.name() + " (" + volume.id() + ")");
            return null;
        });
    }

    /** The Docker volume, if Arrowhead made it for this gateway's system and no container uses it. */
    private static DockerVolume check(OperationContext context, ManagedHost host, String name) throws Exception {
        DockerHost docker = context.docker(host);
        DockerVolume found = docker.inspectVolume(name).orElseThrow(() -> new IllegalStateException(
            "There is no Docker volume named " + name + " on " + host.name() + "."));
        context.volumeId = found.volumeId();
        if (found.volumeId() == null || found.systemId() == null) {
            throw new IllegalStateException("Docker volume " + name + " on " + host.name() + " was not created by "
                + "Arrowhead (it has no ScaleIO labels), so Arrowhead leaves it alone.");
        }
        String systemId = context.systemId();
        if (!found.systemId().equalsIgnoreCase(systemId)) {
            throw new IllegalStateException("Docker volume " + name + " on " + host.name() + " belongs to ScaleIO "
                + "system " + found.systemId() + ", not to " + context.connection().name() + " (" + systemId + ").");
        }
        if (!AttachProcedure.isSupported(found.filesystemType())) {
            throw new IllegalStateException("Docker volume " + name + " on " + host.name() + " has no filesystem "
                + "type Arrowhead knows (" + found.filesystemType() + ").");
        }
        List<ContainerUse> users = docker.containersUsing(name);
        if (!users.isEmpty()) {
            throw new IllegalStateException("Docker volume " + name + " on " + host.name() + " is used by "
                + String.join(", ", users.stream().map(u -> u.name() + " (" + u.state() + ")").toList())
                + ". Remove " + (users.size() == 1 ? "that container" : "those containers") + " first.");
        }
        context.volumeName = context.client().get(ObjectType.VOLUME, found.volumeId()).name();
        return found;
    }
}
