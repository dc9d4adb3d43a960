package io.arrowhead.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.Units;
import io.arrowhead.core.hosts.HostBacking;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.Formats;

/**
 * The text of the Docker host side of the navigator, and of a volume's backing on the storage side. Reads only the
 * hosts' last inventories and the gateways' loaded models, so it never waits on the network.
 */
public final class HostText {

    private HostText() {
    }

    /** "127.0.0.1 — connected, Docker 27.3, SDC docker-01 on Demo". */
    public static String hostQualifier(HostInventory inventory) {
        List<String> parts = new ArrayList<>(3);
        parts.add(inventory.state().label());
        if (inventory.probe() != null) {
            parts.add(inventory.probe().dockerUsable() ? NLS.bind(Messages.Host_docker,
                inventory.probe().dockerVersion()) : Messages.Host_dockerUnusable);
        }
        if (inventory.sdc() != null) {
            parts.add(NLS.bind(Messages.Host_sdc, inventory.sdc().sdcLabel(), inventory.sdc().connection().name()));
        }
        return NLS.bind(Messages.Host_qualifier, inventory.host().definition().address(), String.join(", ", parts));
    }

    /** What the status line says of a host: its qualifier, and the problem, if any. */
    public static String hostDescription(HostInventory inventory) {
        String text = inventory.host().name() + "  " + hostQualifier(inventory);
        return inventory.problem() == null ? text : text + ". " + inventory.problem();
    }

    /** "pg-data-01 (2c4d…) 16 GiB, sp-ssd-01, mounted", or the id alone when no connected gateway has the volume. */
    public static String dockerVolumeQualifier(HostDockerVolume volume) {
        String mounted = volume.mounted() ? Messages.DockerVolume_mounted : Messages.DockerVolume_notMounted;
        Optional<ScaleIoVolume> found = scaleIoVolume(volume);
        if (found.isEmpty()) {
            return NLS.bind(Messages.DockerVolume_unknownQualifier, volume.volumeId(), mounted);
        }
        Volume scaleIo = found.get().volume();
        return NLS.bind(Messages.DockerVolume_qualifier, new Object[] {Formats.text(scaleIo.name()), scaleIo.id(),
            Units.formatKib(scaleIo.sizeInKb()), found.get().poolName(), mounted});
    }

    /** "running, postgres:16". */
    public static String containerQualifier(ContainerUse container) {
        return NLS.bind(Messages.Container_qualifier, container.state(), Formats.text(container.image()));
    }

    /** "2 volumes, read-only". */
    public static String otherVolumesQualifier(List<DockerVolume> volumes) {
        return NLS.bind(Messages.OtherVolumes_qualifier, Formats.count(volumes.size(), Messages.Word_volume,
            Messages.Word_volumes));
    }

    /** "→ docker-01:pgdata", or an empty string when the volume backs no Docker volume the console knows. */
    public static String backing(ClusterModel model, String volumeId) {
        if (model == null) {
            return "";
        }
        List<HostBacking> found = ArrowheadCore.hostInventories().backing(model.system().id(), volumeId);
        return found.isEmpty() ? "" : NLS.bind(Messages.Text_backing,
            String.join(", ", found.stream().map(HostBacking::label).toList()));
    }

    /** The host's ScaleIO-backed Docker volume of that name in the last inventory. */
    public static Optional<HostDockerVolume> dockerVolume(ManagedHost host, String name) {
        return ArrowheadCore.hostInventories().current(host).scaleIoVolumes().stream()
            .filter(v -> v.name().equals(name)).findFirst();
    }

    /** The ScaleIO volume behind a Docker volume, in the loaded model of the gateway of its system. */
    public static Optional<ScaleIoVolume> scaleIoVolume(HostDockerVolume volume) {
        for (GatewayConnection connection : ArrowheadCore.connections().all()) {
            ClusterModel model = connection.model();
            if (model != null && model.system().id().equals(volume.systemId())) {
                Optional<Volume> found = model.volume(volume.volumeId());
                if (found.isPresent()) {
                    String pool = model.pool(found.get().storagePoolId()).map(p -> p.name())
                        .orElse(found.get().storagePoolId());
                    return Optional.of(new ScaleIoVolume(connection, found.get(), pool));
                }
            }
        }
        return Optional.empty();
    }

    /** A ScaleIO volume, its gateway and its pool's name. */
    public record ScaleIoVolume(GatewayConnection connection, Volume volume, String poolName) {
    }
}
