package io.arrowhead.cli.internal.commands;

import java.util.List;
import java.util.Locale;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.MappingOptions;
import io.arrowhead.core.MappingRules;
import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code map}, {@code unmap} and {@code qos}: a volume's mappings to SDCs and their limits, checked by the console's
 * {@link MappingRules} and done by its operations. Each prints the volume with its mappings afterwards.
 */
public final class MappingCommands {

    private MappingCommands() {
    }

    @Command(name = "map", description = "Maps a volume to an SDC, so that its host sees it as a disk.",
        footerHeading = "%nExample:%n",
        footer = "  arrowhead-cli map data-01 --sdc compute-01 --access-mode read-write")
    public static final class MapVolume extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @Option(names = "--sdc", required = true, paramLabel = "SDC", description = "The SDC's name, id, IP or GUID.")
        String sdc;

        @Option(names = "--access-mode", paramLabel = "MODE", converter = AccessModeConverter.class,
            description = "read-write, read-only or no-access; by default the most the volume allows.")
        AccessMode accessMode;

        @Option(names = "--allow-multiple-mappings",
            description = "Map the volume even though it is mapped to another SDC already.")
        boolean allowMultiple;

        @Override
        protected int run(ConnectedCluster cluster) {
            Volume found = cluster.volume(volume);
            Sdc target = cluster.sdc(sdc);
            MappingOptions mapping = new MappingOptions(accessMode != null ? accessMode
                : MappingRules.widestAccessMode(found), allowMultiple, 0, 0);
            String problem = MappingRules.problem(found, target, mapping);
            if (problem != null) {
                throw CliException.usage(problem.replace("Allow multiple mappings", "Add --allow-multiple-mappings"));
            }
            cluster.change(ClusterOperations.mapVolumes(cluster.gateway(), List.of(found), target, mapping));
            VolumeCommand.show(cluster, found);
            return ExitCodes.OK;
        }
    }

    @Command(name = "unmap", description = "Unmaps a volume from one SDC or from all, after asking.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli unmap data-01 --sdc compute-01 --yes")
    public static final class UnmapVolume extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @ArgGroup(exclusive = true, multiplicity = "1")
        From from;

        static final class From {
            @Option(names = "--sdc", required = true, paramLabel = "SDC",
                description = "Unmap from this SDC (name, id, IP or GUID).")
            String sdc;

            @Option(names = "--all", required = true, description = "Unmap from every SDC.")
            boolean all;
        }

        @Override
        protected int run(ConnectedCluster cluster) {
            Volume found = cluster.volume(volume);
            if (from.all) {
                if (!found.isMapped()) {
                    cluster.session().terminal().err().println(found.name() + " is not mapped to any SDC.");
                } else {
                    cluster.session().confirm("Unmap " + found.name() + " from every SDC (" + String.join(", ",
                        found.mappedSdcInfo().stream().map(MappingRules::sdcLabel).toList()) + ")?");
                    cluster.change(ClusterOperations.unmapVolumes(cluster.gateway(), List.of(found)));
                }
            } else {
                Sdc target = cluster.sdc(from.sdc);
                mappingOf(found, target);
                cluster.session().confirm("Unmap " + found.name() + " from SDC " + ClusterModel.sdcLabel(target) + "?");
                cluster.change(ClusterOperations.unmapFromSdc(cluster.gateway(),
                    new ClusterOperations.Mapping(found, target.id(), ClusterModel.sdcLabel(target))));
            }
            VolumeCommand.show(cluster, found);
            return ExitCodes.OK;
        }
    }

    @Command(name = "qos", description = "Sets the IOPS and bandwidth limits of a volume's mapping to an SDC.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli qos data-01 --sdc compute-01 --iops 5000 "
            + "--bandwidth 200")
    public static final class SetQos extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @Option(names = "--sdc", required = true, paramLabel = "SDC", description = "The SDC's name, id, IP or GUID.")
        String sdc;

        @Option(names = "--iops", paramLabel = "N",
            description = "The IOPS limit: 0 for unlimited, otherwise at least 11. Unchanged if left out.")
        Long iops;

        @Option(names = "--bandwidth", paramLabel = "MBPS",
            description = "The bandwidth limit in MB/s (MiB/s): 0 for unlimited. Unchanged if left out.")
        Long bandwidth;

        @Override
        protected int run(ConnectedCluster cluster) {
            if (iops == null && bandwidth == null) {
                throw CliException.usage("Give --iops, --bandwidth or both; 0 means unlimited.");
            }
            Volume found = cluster.volume(volume);
            Sdc target = cluster.sdc(sdc);
            MappedSdcInfo mapping = mappingOf(found, target);
            long newIops = iops != null ? iops : StorageTables.orZero(mapping.limitIops());
            long newBandwidth = bandwidth != null ? bandwidth : StorageTables.orZero(mapping.limitBwInMbps());
            String problem = MappingRules.limitsProblem(newIops, newBandwidth);
            if (problem != null) {
                throw CliException.usage(problem);
            }
            cluster.change(ClusterOperations.setMappingLimits(cluster.gateway(), found.id(), target.id(), newIops,
                newBandwidth));
            VolumeCommand.show(cluster, found);
            return ExitCodes.OK;
        }
    }

    private static MappedSdcInfo mappingOf(Volume volume, Sdc sdc) {
        return volume.mappingOf(sdc.id()).orElseThrow(() -> CliException.notFound(volume.name()
            + " is not mapped to SDC " + ClusterModel.sdcLabel(sdc) + ". Map it first with: arrowhead-cli map "
            + volume.name() + " --sdc " + ClusterModel.sdcLabel(sdc)));
    }

    /** The gateway's spelling (ReadWrite) or a script's (read-write, read_only), in any case. */
    static final class AccessModeConverter implements ITypeConverter<AccessMode> {
        @Override
        public AccessMode convert(String value) {
            String wanted = value.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
            for (AccessMode mode : AccessMode.values()) {
                if (mode.wireName().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return mode;
                }
            }
            throw new TypeConversionException("'" + value + "' is not an access mode: use read-write, read-only or "
                + "no-access.");
        }
    }
}
