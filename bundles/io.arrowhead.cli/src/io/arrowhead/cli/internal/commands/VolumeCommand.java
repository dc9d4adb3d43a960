package io.arrowhead.cli.internal.commands;

import java.util.Comparator;
import java.util.List;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.commands.StorageTables.VolumeRow;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code volume list|show|create|rename|grow|delete|snapshot}: a gateway's volumes and snapshots. */
@Command(name = "volume", description = "List, show, create, rename, grow, delete and snapshot volumes.",
    subcommands = { VolumeCommand.ListVolumes.class, VolumeCommand.ShowVolume.class, VolumeChanges.Create.class,
        VolumeChanges.Rename.class, VolumeChanges.Grow.class, DeleteVolumes.class, VolumeChanges.Snapshot.class })
public final class VolumeCommand {

    private VolumeCommand() {
    }

    @Command(name = "list", description = "Lists the volumes and snapshots, by name, with their mappings.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli volume list --pool sp-ssd-01 --output json")
    static final class ListVolumes extends ClusterCommand {

        @Option(names = "--pool", paramLabel = "NAME", description = "Only the volumes of this storage pool.")
        String pool;

        @Option(names = "--protection-domain", paramLabel = "NAME",
            description = "Only the volumes of this protection domain.")
        String protectionDomain;

        @Override
        protected int run(ConnectedCluster cluster) {
            ClusterModel model = cluster.model();
            ProtectionDomain domain = protectionDomain == null ? null : cluster.protectionDomain(protectionDomain);
            StoragePool only = pool == null ? null : cluster.pool(pool, domain);
            List<Volume> volumes = model.allVolumes().stream()
                .filter(v -> only == null || only.id().equals(v.storagePoolId()))
                .filter(v -> domain == null || model.pool(v.storagePoolId())
                    .filter(p -> domain.id().equals(p.protectionDomainId())).isPresent())
                .sorted(Comparator.comparing(Volume::name, ClusterModel.NAME_ORDER).thenComparing(Volume::id))
                .toList();
            cluster.session().print(StorageTables.VOLUMES, VolumeRow.of(volumes, model));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Shows one volume or snapshot in full, with its mappings and their QoS.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli volume show pg-data-01")
    static final class ShowVolume extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @Override
        protected int run(ConnectedCluster cluster) {
            show(cluster, cluster.volume(volume));
            return ExitCodes.OK;
        }
    }

    /** Prints a volume in full as the cluster has it now, as every command that changes one does. */
    static void show(ConnectedCluster cluster, Volume volume) {
        cluster.session().printOne(StorageTables.VOLUME, new VolumeRow(cluster.reloaded(volume), cluster.model()));
    }
}
