package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostAuthentication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code host add|list|probe|remove}: the Docker hosts the console and the command line share. */
@Command(name = "host", description = "Add, list, probe and remove Docker hosts.",
    subcommands = { AddHost.class, HostCommand.ListHosts.class, ProbeHost.class, HostCommand.RemoveHost.class })
public final class HostCommand {

    static final Table<ManagedHost> HOSTS = new Table<>(
        Column.of("NAME", "name", ManagedHost::name),
        Column.of("ADDRESS", "address", h -> h.definition().address()),
        Column.of("PORT", "port", h -> h.definition().port()),
        Column.of("USER", "user", h -> h.definition().user()),
        Column.of("AUTHENTICATION", "authentication", h -> authentication(h.definition().authentication())),
        Column.of("KEY FILE", "keyFile", h -> h.definition().authentication() instanceof HostAuthentication.KeyFile k
            ? k.privateKey().toString() : null),
        Column.of("SUDO", "sudo", h -> h.definition().sudo()),
        Column.of("ID", "id", ManagedHost::id));


    static String authentication(HostAuthentication authentication) {
        return switch (authentication) {
            case HostAuthentication.KeyFile k -> "key-file";
            case HostAuthentication.Agent a -> "agent";
            case HostAuthentication.Password p -> "password";
        };
    }

    @Command(name = "list", description = "Lists the configured Docker hosts, without connecting to them.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli host list --output json")
    static final class ListHosts extends CliCommand {
        @Override
        protected int run(CliSession session) {
            session.print(HOSTS, session.hosts().all());
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Forgets a Docker host and its password or passphrase. Its host key stays"
        + " trusted, and nothing on the host changes.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli host remove docker-07")
    static final class RemoveHost extends CliCommand {

        @Parameters(paramLabel = "NAME", description = "The host's name, as host list shows it.")
        String name;

        @Override
        protected int run(CliSession session) throws Exception {
            session.requireConsoleClosed();
            ManagedHost host = CommandInputs.host(session, name);
            session.hosts().remove(host);
            session.terminal().err().println("Removed Docker host " + host.name() + ".");
            return ExitCodes.OK;
        }
    }
}
