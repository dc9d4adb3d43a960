package io.arrowhead.cli.internal.commands;

import java.nio.file.Path;
import java.util.Arrays;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.SecretFile;
import io.arrowhead.cli.internal.Terminal;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gateway add}: logs in first, under the command line's trust rules, and saves the gateway and its password in
 * secure storage only if that worked.
 */
@Command(name = "add", description = "Adds a gateway after logging in to it; its password goes to secure storage.",
    footerHeading = "%nExample:%n",
    footer = "  arrowhead-cli gateway add lab --url https://gateway.example:443 --user admin --password-file ~/.lab-pw")
final class AddGateway extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The name to know the gateway by.")
    String name;

    @Option(names = "--url", required = true, paramLabel = "URL",
        description = "The gateway's address, https://HOST[:PORT].")
    String url;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "The gateway user to log in as.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "A file whose first line is the password. Without it, a terminal asks for the password.")
    Path passwordFile;

    @Override
    protected int run(CliSession session) throws Exception {
        session.requireConsoleClosed();
        GatewayConnections gateways = session.gateways();
        ConnectionSettings settings = ConnectionSettings.create(name, url, user);
        if (gateways.all().stream().anyMatch(g -> g.name().equalsIgnoreCase(settings.name()))) {
            throw CliException.usage("A gateway named " + settings.name() + " already exists. Choose another name, or "
                + "remove it first with: arrowhead-cli gateway remove " + settings.name());
        }
        char[] password = password(session.terminal());
        try {
            ScaleIoSystem system = gateways.probe(settings.url(), settings.user(), password, null);
            GatewayConnection added = gateways.add(settings, password);
            session.terminal().err().println("Added gateway " + added.name() + ": system " + system.name() + " ("
                + system.id() + ").");
            session.printOne(GatewayCommand.GATEWAYS, added);
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    /** The first line of the password file, or what a person types; never an option's value. */
    private char[] password(Terminal terminal) {
        if (passwordFile != null) {
            return SecretFile.firstLine(passwordFile, "password");
        }
        if (!terminal.interactive()) {
            throw CliException.usage("No password: not on a terminal, so give the password in a file with "
                + "--password-file FILE.");
        }
        char[] typed = terminal.readPassword("Password of " + user + " at " + url + ": ");
        if (typed == null || typed.length == 0) {
            throw CliException.usage("No password was entered, so the gateway was not added.");
        }
        return typed;
    }
}
