package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.ClusterOperations.CreateVolumeJob;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The volume commands that create or change one volume, each through the console's operation after the console's
 * checks; each prints the volume as the gateway has it afterwards.
 */
final class VolumeChanges {

    private VolumeChanges() {
    }

    @Command(name = "create", description = "Creates a volume in a storage pool.", footerHeading = "%nExample:%n",
        footer = "  arrowhead-cli volume create data-01 --size 16GiB --pool sp-ssd-01 --thin")
    static final class Create extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The new volume's name.")
        String name;

        @Option(names = "--size", required = true, paramLabel = "SIZE", converter = VolumeSize.class,
            description = "The size in whole units of 8 GiB, such as 16GiB, 16G or 1TiB.")
        long sizeGib;

        @Option(names = "--pool", required = true, paramLabel = "POOL", description = "The storage pool's name or id.")
        String pool;

        @Option(names = "--protection-domain", paramLabel = "PD",
            description = "The pool's protection domain, needed when several have a pool of that name.")
        String protectionDomain;

        @ArgGroup(exclusive = true)
        Provisioning provisioning;

        static final class Provisioning {
            @Option(names = "--thin",
                description = "Thin provisioned (the default): space is taken as data is written.")
            boolean thin;

            @Option(names = "--thick", description = "Thick provisioned: all the space is taken now.")
            boolean thick;
        }

        @Override
        protected int run(ConnectedCluster cluster) {
            rejectName(VolumeRules.nameProblem(name, cluster.model(), null));
            ProtectionDomain domain = protectionDomain == null ? null : cluster.protectionDomain(protectionDomain);
            StoragePool target = cluster.pool(pool, domain);
            VolumeType type = provisioning != null && provisioning.thick ? VolumeType.THICK_PROVISIONED
                : VolumeType.THIN_PROVISIONED;
            CreateVolumeJob job = ClusterOperations.createVolume(cluster.gateway(),
                VolumeRequest.ofGib(target.id(), name, sizeGib, type));
            cluster.change(job);
            VolumeCommand.show(cluster, cluster.model().volume(job.createdVolumeId())
                .orElseGet(() -> cluster.volume(name)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", description = "Renames a volume or snapshot.", footerHeading = "%nExample:%n",
        footer = "  arrowhead-cli volume rename data-01 data-02")
    static final class Rename extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @Parameters(index = "1", paramLabel = "NEWNAME", description = "Its new name.")
        String newName;

        @Override
        protected int run(ConnectedCluster cluster) {
            Volume found = cluster.volume(volume);
            rejectName(VolumeRules.nameProblem(newName, cluster.model(), found.id()));
            cluster.change(ClusterOperations.renameVolume(cluster.gateway(), found.id(), newName));
            VolumeCommand.show(cluster, found);
            return ExitCodes.OK;
        }
    }

    @Command(name = "grow", description = "Grows a volume to a new size; volumes cannot shrink.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli volume grow data-01 --size 32GiB")
    static final class Grow extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @Option(names = "--size", required = true, paramLabel = "SIZE", converter = VolumeSize.class,
            description = "The new size in whole units of 8 GiB, such as 32GiB or 1TiB.")
        long sizeGib;

        @Override
        protected int run(ConnectedCluster cluster) {
            Volume found = cluster.volume(volume);
            String problem = VolumeRules.growProblem(found.sizeInKb() / Sizes.KIB_PER_GIB, sizeGib);
            if (problem != null) {
                throw CliException.usage(found.name() + ": " + problem.replace("enter more", "give more"));
            }
            cluster.change(ClusterOperations.growVolume(cluster.gateway(), found.id(), sizeGib));
            VolumeCommand.show(cluster, found);
            return ExitCodes.OK;
        }
    }

    @Command(name = "snapshot", description = "Takes a snapshot of a volume and prints the snapshot.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli volume snapshot data-01 --name data-01-monday")
    static final class Snapshot extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "VOLUME", description = "The volume's name or id.")
        String volume;

        @Option(names = "--name", required = true, paramLabel = "SNAPSHOTNAME", description = "The snapshot's name.")
        String snapshotName;

        @Override
        protected int run(ConnectedCluster cluster) {
            Volume found = cluster.volume(volume);
            rejectName(VolumeRules.nameProblem(snapshotName, cluster.model(), null));
            cluster.change(ClusterOperations.takeSnapshot(cluster.gateway(), found.id(), snapshotName));
            VolumeCommand.show(cluster, cluster.volume(snapshotName));
            return ExitCodes.OK;
        }
    }

    private static void rejectName(String problem) {
        if (problem != null) {
            throw CliException.usage(problem.equals("Enter a name.") ? "The name is empty." : problem);
        }
    }
}
