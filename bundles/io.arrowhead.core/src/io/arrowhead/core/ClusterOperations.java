package io.arrowhead.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.SubMonitor;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.SnapshotDefinition;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The console's changes to a cluster, each a {@link GatewayJob} that the caller schedules. Every job reloads the
 * model when it ends, so the navigator and editors follow.
 */
public final class ClusterOperations {

    private ClusterOperations() {
    }

    public static CreateVolumeJob createVolume(GatewayConnection connection, VolumeRequest request) {
        return new CreateVolumeJob(connection, request);
    }

    public static GatewayJob renameVolume(GatewayConnection connection, String volumeId, String newName) {
        return GatewayJob.of("Renaming volume to " + newName, connection, true,
            (client, progress) -> client.renameVolume(volumeId, newName));
    }

    public static GatewayJob growVolume(GatewayConnection connection, String volumeId, long newSizeGib) {
        return GatewayJob.of("Growing volume to " + Units.formatGib(VolumeRules.allocatedGib(newSizeGib)), connection,
            true, (client, progress) -> client.setVolumeSize(volumeId, newSizeGib));
    }

    /** Sets one mapping's limits; {@code bandwidthMbps} is MB/s, sent as KB/s. 0 means unlimited for both. */
    public static GatewayJob setMappingLimits(GatewayConnection connection, String volumeId, String sdcId,
        long iopsLimit, long bandwidthMbps) {
        return GatewayJob.of("Setting QoS of a mapping", connection, true,
            (client, progress) -> client.setMappedSdcLimits(volumeId, SdcRef.id(sdcId), iopsLimit,
                bandwidthMbps * 1024));
    }

    public static GatewayJob takeSnapshot(GatewayConnection connection, String volumeId, String snapshotName) {
        return GatewayJob.of("Taking snapshot " + snapshotName, connection, true,
            (client, progress) -> client.snapshotVolumes(systemIdOf(connection),
                List.of(new SnapshotDefinition(volumeId, snapshotName))));
    }

    public static GatewayJob renameSdc(GatewayConnection connection, String sdcId, String newName) {
        return GatewayJob.of("Renaming SDC to " + newName, connection, true,
            (client, progress) -> client.setSdcName(sdcId, newName));
    }

    public static GatewayJob unmapVolumes(GatewayConnection connection, List<Volume> volumes) {
        List<Volume> copy = List.copyOf(volumes);
        return GatewayJob.of("Unmapping " + describe(copy), connection, true, (client, progress) -> {
            progress.setWorkRemaining(copy.size());
            for (Volume volume : copy) {
                progress.subTask(volume.name());
                client.unmapVolumeFromAllSdcs(volume.id());
                progress.split(1);
            }
        });
    }

    /**
     * Maps volumes to an SDC, then sets each new mapping's limits if the options have any; a mapping whose limits
     * fail is unmapped again and the job's message says so. Check {@link MappingRules#problem} first.
     */
    public static GatewayJob mapVolumes(GatewayConnection connection, List<Volume> volumes, Sdc sdc,
        MappingOptions options) {
        return new MapVolumeJob(connection, volumes, Objects.requireNonNull(sdc), Objects.requireNonNull(options));
    }

    /** Removes the given mappings, each volume from one SDC only; its other mappings stay. */
    public static GatewayJob unmapFromSdcs(GatewayConnection connection, List<Mapping> mappings) {
        return new UnmapJob(connection, mappings);
    }

    /** Removes one volume's mapping to one SDC. */
    public static GatewayJob unmapFromSdc(GatewayConnection connection, Mapping mapping) {
        return unmapFromSdcs(connection, List.of(mapping));
    }

    /** One volume's mapping to one SDC; {@code sdcLabel} names the SDC in messages. */
    public record Mapping(Volume volume, String sdcId, String sdcLabel) {

        public Mapping {
            Objects.requireNonNull(volume);
            Objects.requireNonNull(sdcId);
        }
    }

    /**
     * Removes volumes one by one. With {@code unmapFirst}, a mapped volume is unmapped from all SDCs right before its
     * removal. A failure stops the job; its message names the volumes already removed.
     */
    public static GatewayJob deleteVolumes(GatewayConnection connection, List<Volume> volumes, RemoveMode mode,
        boolean unmapFirst) {
        List<Volume> copy = List.copyOf(volumes);
        Objects.requireNonNull(mode);
        return GatewayJob.of("Deleting " + describe(copy), connection, true, (client, progress) -> {
            progress.setWorkRemaining(copy.size());
            List<String> removed = new ArrayList<>();
            for (Volume volume : copy) {
                progress.subTask(volume.name());
                try {
                    if (unmapFirst && volume.isMapped()) {
                        client.unmapVolumeFromAllSdcs(volume.id());
                    }
                    client.removeVolume(volume.id(), mode);
                } catch (GatewayClientException e) {
                    if (removed.isEmpty()) {
                        throw e;
                    }
                    throw new PartialFailureException("Deleted " + String.join(", ", removed) + ", then "
                        + volume.name() + " failed: " + GatewayErrors.describe(e), e);
                }
                removed.add(volume.name());
                progress.split(1);
            }
        });
    }

    /** What one editor save changes on a volume; null fields stay as they are. */
    public record VolumeChanges(String newName, Long newSizeGib, List<MappingLimits> limits) {

        public VolumeChanges {
            limits = limits == null ? List.of() : List.copyOf(limits);
        }

        public boolean isEmpty() {
            return newName == null && newSizeGib == null && limits.isEmpty();
        }
    }

    /** New QoS limits for one mapping; bandwidth in MB/s. */
    public record MappingLimits(String sdcId, long iopsLimit, long bandwidthMbps) {
    }

    /** Applies an editor's changes in order: name, size, then each mapping's limits. Stops at the first refusal. */
    public static GatewayJob saveVolume(GatewayConnection connection, String volumeId, VolumeChanges changes) {
        return GatewayJob.of("Saving volume changes", connection, true, (client, progress) -> {
            progress.setWorkRemaining(2 + changes.limits().size());
            if (changes.newName() != null) {
                client.renameVolume(volumeId, changes.newName());
            }
            progress.split(1);
            if (changes.newSizeGib() != null) {
                client.setVolumeSize(volumeId, changes.newSizeGib());
            }
            progress.split(1);
            for (MappingLimits limits : changes.limits()) {
                client.setMappedSdcLimits(volumeId, SdcRef.id(limits.sdcId()), limits.iopsLimit(),
                    limits.bandwidthMbps() * 1024);
                progress.split(1);
            }
        });
    }

    private static String systemIdOf(GatewayConnection connection) {
        ClusterModel model = connection.model();
        return model == null || model.system() == null ? null : model.system().id();
    }

    static String describe(List<Volume> volumes) {
        if (volumes.size() == 1) {
            return "volume " + volumes.getFirst().name();
        }
        return volumes.size() + " volumes";
    }

    /** A creation job that remembers the id of the volume it created, so the caller can select or open it. */
    public static final class CreateVolumeJob extends GatewayJob {

        private final VolumeRequest request;
        private volatile String createdVolumeId;

        CreateVolumeJob(GatewayConnection connection, VolumeRequest request) {
            super("Creating volume " + request.name(), connection, true);
            this.request = request;
        }

        @Override
        protected void execute(GatewayClient client, SubMonitor progress) throws GatewayClientException {
            createdVolumeId = client.createVolume(request);
        }

        public String createdVolumeId() {
            return createdVolumeId;
        }
    }

    /** Some of a batch succeeded before one item failed; the message says which. */
    public static final class PartialFailureException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PartialFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
