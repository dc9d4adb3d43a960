package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.VolumeCounts;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gateway add|list|remove|test}: the gateways the console and the command line share. */
@Command(name = "gateway", description = "Add, list, test and remove gateways.",
    subcommands = { AddGateway.class, GatewayCommand.ListGateways.class, GatewayCommand.RemoveGateway.class,
        GatewayCommand.TestGateway.class })
public final class GatewayCommand {

    static final Table<GatewayConnection> GATEWAYS = new Table<>(
        Column.of("NAME", "name", GatewayConnection::name),
        Column.of("URL", "url", c -> c.settings().url()),
        Column.of("USER", "user", c -> c.settings().user()),
        Column.of("ID", "id", GatewayConnection::id));

    /** What {@code gateway test} found: the gateway and its loaded cluster. */
    record Tested(GatewayConnection gateway, ClusterModel model) {

        ScaleIoSystem system() {
            return model.system();
        }

        VolumeCounts counts() {
            return model.volumeCounts();
        }
    }

    static final Table<Tested> TESTED = new Table<>(
        Column.of("GATEWAY", "gateway", t -> t.gateway().name()),
        Column.of("SYSTEM ID", "systemId", t -> t.system() == null ? null : t.system().id()),
        Column.of("SYSTEM NAME", "systemName", t -> t.system() == null ? null : t.system().name()),
        Column.of("VERSION", "version", t -> t.system() == null ? null : t.system().systemVersionName()),
        Column.of("PROTECTION DOMAINS", "protectionDomains", t -> t.model().protectionDomains().size()),
        Column.of("STORAGE POOLS", "storagePools", t -> t.model().snapshot().storagePoolList().size()),
        Column.of("VOLUMES", "volumes", t -> t.counts().volumes()),
        Column.of("SNAPSHOTS", "snapshots", t -> t.counts().snapshots()),
        Column.of("SDCS", "sdcs", t -> t.model().sdcs().size()),
        Column.of("SDSS", "sdss", t -> t.model().snapshot().sdsList().size()));

    @Command(name = "list", description = "Lists the configured gateways, without connecting to them.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli gateway list --output json")
    static final class ListGateways extends CliCommand {
        @Override
        protected int run(CliSession session) {
            session.print(GATEWAYS, session.gateways().all());
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Forgets a gateway and its saved password. The volumes stay as they are.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli gateway remove lab")
    static final class RemoveGateway extends CliCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The gateway's name.")
        String name;

        @Option(names = "--forget-certificate",
            description = "Also forget the certificate pinned for the gateway's address, so that adding it again "
                + "trusts the certificate it has then.")
        boolean forgetCertificate;

        @Override
        protected int run(CliSession session) throws Exception {
            session.requireConsoleClosed();
            GatewayConnections gateways = session.gateways();
            GatewayConnection gateway = session.gatewayNamed(name);
            gateways.remove(gateway);
            boolean endpointInUse = gateways.all().stream()
                .anyMatch(other -> other.settings().endpoint().equals(gateway.settings().endpoint()));
            if (forgetCertificate && !endpointInUse) {
                gateways.forgetCertificate(gateway.settings().endpoint());
            }
            session.terminal().err().println("Removed gateway " + gateway.name()
                + (forgetCertificate && endpointInUse ? "; its certificate stays pinned, since another gateway has "
                    + "the same address." : "."));
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", description = "Logs in to a gateway and prints its system and how much it holds.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli gateway test lab")
    static final class TestGateway extends CliCommand {

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "The gateway's name; by default the one --gateway names, or the only one.")
        String name;

        @Override
        protected int run(CliSession session) {
            GatewayConnection gateway = name == null ? session.gateway() : session.gatewayNamed(name);
            session.printOne(TESTED, new Tested(gateway, session.connect(gateway)));
            return ExitCodes.OK;
        }
    }
}
