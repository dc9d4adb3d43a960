package io.arrowhead.core.hosts;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.core.internal.hosts.AttachProcedure;
import io.arrowhead.core.internal.hosts.DetachProcedure;
import io.arrowhead.core.internal.hosts.MoveProcedure;
import io.arrowhead.core.internal.hosts.NewVolumeProcedure;
import io.arrowhead.hosts.DockerNames;
import io.arrowhead.scaleio.client.ScaleIoIds;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The console's operations on Docker hosts, each a {@link HostOperationJob} that the caller schedules. Arguments are
 * checked here, before anything can run: a Docker name Docker would refuse, or an id that is not a ScaleIO id,
 * throws {@link IllegalArgumentException}.
 */
public final class HostOperations {

    private HostOperations() {
    }

    /**
     * Maps a ScaleIO volume to the host's SDC and makes it a Docker volume there: the device gets a filesystem only if
     * it is blank, and the Docker volume carries the system and volume ids as labels. Refuses a volume mapped to
     * another SDC unless the options allow several mappings. The new mapping gets the options' QoS limits.
     */
    public static HostOperationJob attach(GatewayConnection connection, String givenVolumeId, ManagedHost host,
        AttachOptions options) {
        String volumeId = ScaleIoIds.requireObjectId(givenVolumeId, "volume id"); // lower case, as the gateway lists it
        Objects.requireNonNull(options);
        String volume = volumeLabel(connection, volumeId);
        String title = "Attaching " + volume + " to " + host.name() + " as " + options.dockerVolumeName();
        return new HostOperationJob(title, connection, OperationRecord.Kind.ATTACH, List.of(host), 8, context -> {
            context.about(volumeId, null, options.dockerVolumeName());
            var type = AttachProcedure.run(context, new AttachProcedure.Request(volumeId, host,
                options.dockerVolumeName(), options.filesystem(), options.allowMultipleMappings(),
                options.deviceTimeout(), options.iopsLimit(), options.bandwidthMibps()));
            return "Attached " + context.subject().volumeLabel() + " to " + host.name() + " as Docker volume "
                + options.dockerVolumeName() + " (" + type.toolName() + ").";
        });
    }

    /**
     * Removes a Docker volume that Arrowhead made for this gateway's system, then unmaps its ScaleIO volume from the
     * host's SDC. Refuses while any container, running or not, uses the Docker volume.
     */
    public static HostOperationJob detach(GatewayConnection connection, ManagedHost host, String dockerVolumeName) {
        return detach(connection, host, dockerVolumeName, false);
    }

    /**
     * {@link #detach(GatewayConnection, ManagedHost, String)}, then, if asked, a last step that deletes the ScaleIO
     * volume (without its snapshots). The detach is kept whatever that step does: a volume that cannot be deleted
     * stays, unattached, and the failure says so.
     */
    public static HostOperationJob detach(GatewayConnection connection, ManagedHost host, String dockerVolumeName,
        boolean deleteVolume) {
        DockerNames.requireVolumeName(dockerVolumeName);
        String title = "Detaching " + dockerVolumeName + " from " + host.name();
        return new HostOperationJob(title, connection, OperationRecord.Kind.DETACH, List.of(host), 9, context -> {
            context.about(null, null, dockerVolumeName);
            DetachProcedure.Detached detached = DetachProcedure.run(context, host, dockerVolumeName);
            String done = "Detached Docker volume " + dockerVolumeName + " from " + host.name() + " and unmapped "
                + context.subject().volumeLabel();
            if (!deleteVolume) {
                return done + ".";
            }
            DetachProcedure.deleteVolume(context, detached);
            return done + ", then deleted it.";
        });
    }

    /**
     * Detaches a Docker volume from one host and attaches it to another under the same name and filesystem. If the
     * target fails, the volume goes back to the source; the status says whether it is there again or unattached.
     */
    public static HostOperationJob move(GatewayConnection connection, String dockerVolumeName, ManagedHost from,
        ManagedHost to, Duration deviceTimeout) {
        DockerNames.requireVolumeName(dockerVolumeName);
        Objects.requireNonNull(deviceTimeout);
        if (from.rule().equals(to.rule())) {
            throw new IllegalArgumentException("A volume can only move to another host.");
        }
        String title = "Moving " + dockerVolumeName + " from " + from.name() + " to " + to.name();
        return new HostOperationJob(title, connection, OperationRecord.Kind.MOVE, List.of(from, to), 16, context -> {
            context.about(null, null, dockerVolumeName);
            return MoveProcedure.run(context, dockerVolumeName, from, to, deviceTimeout);
        });
    }

    /**
     * Creates a ScaleIO volume by the profile, named as the Docker volume, in the profile's pool or the roomiest pool
     * of its protection domain, and attaches it to the host with the profile's filesystem and QoS. If any step after
     * the creation fails, the volume is unmapped and deleted again, and the status says so.
     *
     * @throws IllegalArgumentException for a name Docker or ScaleIO would refuse, or a size out of range
     */
    public static HostOperationJob newDockerVolume(GatewayConnection connection, ManagedHost host,
        String dockerVolumeName, StorageProfile profile, long sizeGib) {
        return newDockerVolume(connection, host, dockerVolumeName, profile, sizeGib,
            AttachOptions.DEFAULT_DEVICE_TIMEOUT);
    }

    /** {@link #newDockerVolume(GatewayConnection, ManagedHost, String, StorageProfile, long)}, waiting this long. */
    public static HostOperationJob newDockerVolume(GatewayConnection connection, ManagedHost host,
        String dockerVolumeName, StorageProfile profile, long sizeGib, Duration deviceTimeout) {
        Objects.requireNonNull(deviceTimeout);
        DockerNames.requireVolumeName(dockerVolumeName);
        String nameProblem = VolumeRules.objectNameProblem(dockerVolumeName);
        if (nameProblem != null) {
            throw new IllegalArgumentException("'" + dockerVolumeName + "' cannot name a ScaleIO volume: "
                + nameProblem);
        }
        String profileProblem = StorageProfiles.valueProblem(Objects.requireNonNull(profile));
        if (profileProblem != null) {
            throw new IllegalArgumentException("Storage profile " + profile.name() + ": " + profileProblem);
        }
        VolumeRules.parseSizeGib(Long.toString(sizeGib));
        String title = "Creating volume " + dockerVolumeName + " (" + profile.name() + ") for " + host.name();
        var request = new NewVolumeProcedure.Request(dockerVolumeName, host, profile, sizeGib, deviceTimeout);
        return new HostOperationJob(title, connection, OperationRecord.Kind.CREATE_AND_ATTACH, List.of(host), 12,
            context -> {
                context.about(null, dockerVolumeName, dockerVolumeName);
                var pool = NewVolumeProcedure.run(context, request);
                return "Created volume " + dockerVolumeName + " in pool " + pool.name() + " by profile "
                    + profile.name() + " and attached it to " + host.name() + " as a Docker volume.";
            });
    }

    private static String volumeLabel(GatewayConnection connection, String volumeId) {
        var model = connection.model();
        return model == null ? "volume " + volumeId
            : model.volume(volumeId).map(Volume::name).map(name -> "volume " + name).orElse("volume " + volumeId);
    }
}
