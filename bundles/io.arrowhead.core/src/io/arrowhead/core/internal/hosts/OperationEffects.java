package io.arrowhead.core.internal.hosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationRecord.Kind;
import io.arrowhead.core.hosts.OperationRecord.Outcome;

/**
 * What a host's Docker volumes are after an operation that succeeded, known from the operation itself: the tree can
 * show an attach, move or detach as soon as it ends, while the host's check that follows confirms it over SSH.
 */
public final class OperationEffects {

    private OperationEffects() {
    }

    /**
     * The host's inventory as the operation left it, or empty when the record does not tell (it failed, or lacks the
     * volume id or the Docker name) or when the host's volumes are already so.
     *
     * @param systemId the system id of the operation's gateway, lower case; null if unknown
     * @param source the inventory of a move's source host as before the operation, for the filesystem; may be null
     */
    public static Optional<HostInventory> after(OperationRecord record, String systemId, HostInventory inventory,
        HostInventory source) {
        var subject = record.subject();
        String name = subject.dockerVolume();
        if (record.outcome() != Outcome.SUCCEEDED || name == null || subject.hosts().isEmpty()) {
            return Optional.empty();
        }
        String hostName = inventory.host().name();
        boolean target = subject.hosts().getLast().equals(hostName);
        boolean gains = record.kind() == Kind.ATTACH || record.kind() == Kind.CREATE_AND_ATTACH
            || record.kind() == Kind.MOVE && target;
        List<HostDockerVolume> volumes = new ArrayList<>(inventory.scaleIoVolumes());
        boolean changed = volumes.removeIf(volume -> volume.name().equals(name));
        if (gains) {
            if (systemId == null || subject.volumeId() == null) {
                return Optional.empty();
            }
            volumes.add(new HostDockerVolume(name, systemId, subject.volumeId(), filesystemOf(source, name),
                List.of()));
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(new HostInventory(inventory.host(), inventory.state(), inventory.problem(),
            inventory.probe(), inventory.sdc(), volumes, inventory.otherVolumes(), inventory.checkedAt()));
    }

    private static String filesystemOf(HostInventory source, String name) {
        if (source == null) {
            return null;
        }
        return source.scaleIoVolumes().stream().filter(volume -> volume.name().equals(name)).findFirst()
            .map(HostDockerVolume::filesystem).orElse(null);
    }
}
