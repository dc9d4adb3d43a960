package io.arrowhead.ui.internal.attach;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.MappingRules;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Why volumes cannot go to a Docker host, from what is already known: the loaded cluster models and the hosts' last
 * inventories. Reads nothing over the network, so a drop target may ask at every mouse move. A host not checked yet
 * is not refused for its state; the operation then fails at the step that cannot be done.
 */
public final class DockerHostRules {

    private DockerHostRules() {
    }

    /** Why the host cannot take any volume now, or {@code null}. */
    public static String hostProblem(HostInventory inventory) {
        String host = inventory.host().name();
        return switch (inventory.state()) {
            case NO_SDC -> NLS.bind(Messages.Rule_noSdc, host);
            case UNREACHABLE -> inventory.problem() == null ? NLS.bind(Messages.Rule_unreachable, host)
                : NLS.bind(Messages.Rule_unreachableBecause, host, inventory.problem());
            case HOST_KEY_CHANGED -> NLS.bind(Messages.Rule_hostKeyChanged, host);
            case LOGIN_REFUSED -> NLS.bind(Messages.Rule_loginRefused, host);
            case HOST_KEY_UNTRUSTED -> NLS.bind(Messages.Rule_hostKeyUntrusted, host);
            case SDC_UNKNOWN -> NLS.bind(Messages.Rule_sdcUnknown, host);
            case UNKNOWN, CHECKING, CONNECTED -> null;
        };
    }

    /** Why these volumes cannot be attached to the host, or {@code null}. */
    public static String attachProblem(List<VolumeNode> volumes, HostInventory inventory) {
        String problem = hostProblem(inventory);
        if (problem != null) {
            return problem;
        }
        String host = inventory.host().name();
        for (VolumeNode node : volumes) {
            GatewayConnection connection = node.connection();
            if (inventory.sdc() != null && !inventory.sdc().connection().equals(connection)) {
                return NLS.bind(Messages.Rule_otherCluster,
                    new Object[] { host, inventory.sdc().connection().name(), connection.name() });
            }
            if (!connection.isConnected()) {
                return NLS.bind(Messages.Rule_notConnected, connection.name());
            }
            Optional<Volume> found = node.volume();
            if (found.isEmpty()) {
                return Messages.Rule_gone;
            }
            Volume volume = found.get();
            Optional<HostDockerVolume> attached = inventory.scaleIoVolumes().stream()
                .filter(v -> volume.id().equalsIgnoreCase(v.volumeId())).findFirst();
            if (attached.isPresent()) {
                return NLS.bind(Messages.Rule_alreadyAttached, new Object[] { volume.name(), attached.get().name(),
                    host });
            }
            String hostSdc = inventory.sdc() == null ? null : inventory.sdc().sdc().id();
            List<String> elsewhere = volume.mappedSdcInfo().stream().filter(m -> !m.sdcId().equals(hostSdc))
                .map(MappingRules::sdcLabel).toList();
            if (!elsewhere.isEmpty()) {
                return NLS.bind(Messages.Rule_mappedElsewhere, volume.name(), String.join(", ", elsewhere));
            }
        }
        return null;
    }

    /** Why the Docker volume cannot move from its host to the target host, or {@code null}. */
    public static String moveProblem(String name, HostInventory from, HostInventory to) {
        if (from.host().equals(to.host())) {
            return NLS.bind(Messages.Rule_sameHost, name, to.host().name());
        }
        String problem = hostProblem(to);
        if (problem != null) {
            return problem;
        }
        if (from.sdc() != null && to.sdc() != null && !from.sdc().connection().equals(to.sdc().connection())) {
            return NLS.bind(Messages.Rule_otherCluster,
                new Object[] { to.host().name(), to.sdc().connection().name(), from.sdc().connection().name() });
        }
        String users = containers(from, name);
        if (users != null) {
            return users;
        }
        boolean taken = to.scaleIoVolumes().stream().anyMatch(v -> v.name().equals(name))
            || to.otherVolumes().stream().map(DockerVolume::name).anyMatch(name::equals);
        return taken ? NLS.bind(Messages.Rule_nameTaken, name, to.host().name()) : null;
    }

    /** The refusal naming the containers that use the Docker volume, as the host last reported them, or null. */
    public static String containers(HostInventory inventory, String name) {
        List<ContainerUse> users = inventory.scaleIoVolumes().stream().filter(v -> v.name().equals(name))
            .findFirst().map(HostDockerVolume::containers).orElse(List.of());
        if (users.isEmpty()) {
            return null;
        }
        String names = users.stream().map(u -> u.name() + " (" + u.state() + ")").collect(Collectors.joining(", "));
        return NLS.bind(Messages.Rule_inUse, new Object[] { name, inventory.host().name(), names,
            Formats.time(inventory.checkedAt()) });
    }
}
