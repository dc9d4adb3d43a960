package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.GatewayConnection;
import picocli.CommandLine.Command;

/** {@code gateway add|list|remove|test}: the gateways the console and the command line share. */
@Command(name = "gateway", description = "Add, list, test and remove gateways.",
    subcommands = { GatewayCommand.ListGateways.class })
public final class GatewayCommand {

    static final Table<GatewayConnection> GATEWAYS = new Table<>(
        Column.of("NAME", "name", GatewayConnection::name),
        Column.of("URL", "url", c -> c.settings().url()),
        Column.of("USER", "user", c -> c.settings().user()),
        Column.of("ID", "id", GatewayConnection::id));

    @Command(name = "list", description = "Lists the configured gateways, without connecting to them.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli gateway list --output json")
    static final class ListGateways extends CliCommand {
        @Override
        protected int run(CliSession session) {
            session.print(GATEWAYS, session.gateways().all());
            return ExitCodes.OK;
        }
    }
}
