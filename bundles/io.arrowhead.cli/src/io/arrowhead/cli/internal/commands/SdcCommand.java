package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.commands.StorageTables.SdcRow;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.model.Sdc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sdc list|rename}: the data clients of a gateway's cluster. */
@Command(name = "sdc", description = "List and rename SDCs, the data clients on the hosts.",
    subcommands = { SdcCommand.ListSdcs.class, SdcCommand.RenameSdc.class })
public final class SdcCommand {

    private SdcCommand() {
    }

    @Command(name = "list", description = "Lists the SDCs by name (or IP), with how many volumes each has mapped.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli sdc list --output csv")
    static final class ListSdcs extends ClusterCommand {
        @Override
        protected int run(ConnectedCluster cluster) {
            cluster.session().print(StorageTables.SDCS, SdcRow.of(cluster.model().sdcs(), cluster.model()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", description = "Renames an SDC, found by its name, id, IP or GUID.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli sdc rename 10.0.100.1 docker-host-1")
    static final class RenameSdc extends ClusterCommand {

        @Parameters(index = "0", paramLabel = "SDC", description = "The SDC's name, id, IP or GUID.")
        String sdc;

        @Parameters(index = "1", paramLabel = "NEWNAME", description = "Its new name.")
        String newName;

        @Override
        protected int run(ConnectedCluster cluster) {
            Sdc found = cluster.sdc(sdc);
            String problem = VolumeRules.objectNameProblem(newName);
            if (problem != null) {
                throw CliException.usage(problem.equals("Enter a name.") ? "The name is empty." : problem);
            }
            cluster.change(ClusterOperations.renameSdc(cluster.gateway(), found.id(), newName));
            Sdc renamed = cluster.model().sdc(found.id()).orElse(found);
            cluster.session().printOne(StorageTables.SDCS, new SdcRow(renamed, cluster.model()));
            return ExitCodes.OK;
        }
    }
}
