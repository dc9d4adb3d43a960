package io.arrowhead.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.commands.StorageTables.VolumeRow;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.MappingRules;
import io.arrowhead.core.VolumeFamily;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.model.Volume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code volume delete}: the console's deletion. A mapped volume is unmapped first only with {@code --unmap}, and a
 * volume with snapshots needs {@code --mode} to say whether they go too, the two choices the console's dialog offers.
 * It asks on a terminal and needs {@code --yes} otherwise; it prints the volumes it deleted.
 */
@Command(name = "delete", description = "Deletes volumes or snapshots, after asking.", footerHeading = "%nExample:%n",
    footer = "  arrowhead-cli volume delete data-01 data-02 --mode with-snapshots --yes")
final class DeleteVolumes extends ClusterCommand {

    /** The console's two choices for a volume with snapshots. */
    enum Mode {
        WITH_SNAPSHOTS(RemoveMode.INCLUDING_DESCENDANTS), ONLY_VOLUME(RemoveMode.ONLY_ME);

        final RemoveMode removeMode;

        Mode(RemoveMode removeMode) {
            this.removeMode = removeMode;
        }
    }

    @Parameters(index = "0", arity = "1..*", paramLabel = "VOLUME", description = "The volumes' names or ids.")
    List<String> names;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
        description = "For volumes with snapshots: with-snapshots deletes the snapshots too, only-volume keeps them.")
    Mode mode;

    @Option(names = "--unmap", description = "Unmap mapped volumes from their SDCs first; hosts lose them.")
    boolean unmap;

    @Override
    protected int run(ConnectedCluster cluster) {
        ClusterModel model = cluster.model();
        Map<String, Volume> chosen = new LinkedHashMap<>();
        names.stream().map(cluster::volume).forEach(volume -> chosen.putIfAbsent(volume.id(), volume));
        List<Volume> volumes = List.copyOf(chosen.values());
        List<Volume> mapped = volumes.stream().filter(Volume::isMapped).toList();
        if (!mapped.isEmpty() && !unmap) {
            throw CliException.usage(mapped.stream().map(v -> v.name() + " is mapped to " + v.mappedSdcInfo().stream()
                .map(MappingRules::sdcLabel).collect(Collectors.joining(", "))).collect(Collectors.joining("; "))
                + ". Add --unmap to unmap before deleting; hosts that use " + (mapped.size() == 1 ? "it lose it."
                    : "them lose them."));
        }
        List<Volume> withSnapshots = volumes.stream().filter(v -> !model.snapshots(v.id()).isEmpty()).toList();
        if (!withSnapshots.isEmpty() && mode == null) {
            throw CliException.usage(withSnapshots.stream().map(v -> v.name() + " has " + count(model, v))
                .collect(Collectors.joining(", ")) + ". Add --mode with-snapshots to delete them too, or --mode "
                + "only-volume to keep them.");
        }
        RemoveMode removeMode = mode == null ? RemoveMode.ONLY_ME : mode.removeMode;
        List<Volume> ordered = VolumeFamily.deletionOrder(model, volumes, removeMode);
        List<Volume> toUnmap = VolumeFamily.unmapBeforeDeleting(model, volumes, ordered, removeMode);
        cluster.session().confirm(question(cluster, volumes, removeMode, toUnmap));
        List<VolumeRow> deleted = new ArrayList<>(VolumeRow.of(volumes, model));
        if (!toUnmap.isEmpty()) {
            cluster.change(ClusterOperations.unmapVolumes(cluster.gateway(), toUnmap));
        }
        cluster.change(ClusterOperations.deleteVolumes(cluster.gateway(), ordered, removeMode, unmap));
        cluster.session().print(StorageTables.VOLUMES, deleted);
        return ExitCodes.OK;
    }

    private String question(ConnectedCluster cluster, List<Volume> volumes, RemoveMode removeMode,
        List<Volume> toUnmap) {
        ClusterModel model = cluster.model();
        String what = volumes.stream().map(v -> v.name() + (removeMode == RemoveMode.INCLUDING_DESCENDANTS
            && !model.snapshots(v.id()).isEmpty() ? " with its " + count(model, v) : ""))
            .collect(Collectors.joining(", "));
        boolean unmaps = unmap && volumes.stream().anyMatch(Volume::isMapped) || !toUnmap.isEmpty();
        return (unmaps ? "Unmap and delete " : "Delete ") + what + " on gateway " + cluster.gateway().name() + "?";
    }

    private static String count(ClusterModel model, Volume volume) {
        int snapshots = VolumeFamily.descendants(model, volume.id()).size();
        return snapshots == 1 ? "1 snapshot" : snapshots + " snapshots";
    }

    /** with-snapshots or only-volume, in any case. */
    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            for (Mode candidate : Mode.values()) {
                if (ConnectedCluster.lower(candidate).equalsIgnoreCase(value.strip())) {
                    return candidate;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a mode: use with-snapshots "
                + "or only-volume.");
        }
    }
}
