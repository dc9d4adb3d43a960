package io.arrowhead.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.SecretFile;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostProbe;
import io.arrowhead.hosts.HostSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code host add}: what the console's Add Docker Host wizard asks, as options. It logs in and probes the host first,
 * trusting an unknown host key only as {@code --trust-fingerprint} or a person on the terminal says, and saves the
 * host only if that worked.
 */
@Command(name = "add", description = "Adds a Docker host after logging in to it once. The password or key "
    + "passphrase goes to secure storage; an unknown host key stops the command with its fingerprint.",
    footerHeading = "%nExample:%n",
    footer = "  arrowhead-cli host add docker-07 --address 10.0.0.7 --user ops --key-file ~/.ssh/id_ed25519")
final class AddHost extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "The name the host gets in Arrowhead.")
    String name;

    @Option(names = "--address", required = true, paramLabel = "ADDRESS", description = "DNS name or IP address.")
    String address;

    @Option(names = "--port", defaultValue = "22", paramLabel = "PORT", description = "SSH port (default 22).")
    int port;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "The login on the host.")
    String user;

    @Option(names = "--sudo", description = "Run commands through passwordless sudo on the host.")
    boolean sudo;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Login login;

    static final class Login {
        @ArgGroup(exclusive = false)
        KeyLogin key;

        @Option(names = "--password-file", paramLabel = "FILE",
            description = "Log in with the password on the first line of FILE.")
        Path passwordFile;

        @Option(names = "--agent", description = "Log in with the identities of the running SSH agent.")
        boolean agent;
    }

    static final class KeyLogin {
        @Option(names = "--key-file", required = true, paramLabel = "FILE",
            description = "Log in with this private key (OpenSSH or PEM).")
        Path keyFile;

        @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "The key's passphrase, on the first line of FILE.")
        Path passphraseFile;
    }

    @Override
    protected int run(CliSession session) throws Exception {
        session.requireConsoleClosed();
        if (session.hosts().findByName(name.strip()).isPresent()) {
            throw CliException.usage("A Docker host named " + name.strip() + " already exists; choose another name "
                + "or remove it first.");
        }
        HostDefinition definition = new HostDefinition(address.strip(), port, user.strip(), authentication(), sudo);
        char[] secret = secret();
        try {
            HostProbe probe;
            try (HostSession ssh = session.hosts().openUnsaved(definition, secret, null)) {
                probe = new DockerHost(ssh).probe();
            } catch (HostKeyRejectedException e) {
                throw CommandInputs.untrusted(e);
            }
            ManagedHost host = session.hosts().add(name.strip(), definition, secret);
            session.terminal().err().println("Logged in to " + definition.displayName() + ": "
                + (probe.dockerUsable() ? "Docker " + probe.dockerVersion() : "Docker is not usable ("
                    + probe.dockerError() + ")") + ", " + (probe.sdcGuid() == null ? "no SDC"
                        : "SDC " + probe.sdcGuid()) + ". Saved as " + host.name() + ".");
            session.printOne(HostCommand.HOSTS, host);
            return ExitCodes.OK;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private HostAuthentication authentication() {
        if (login.key != null) {
            Path key = login.key.keyFile;
            if (!Files.isReadable(key)) {
                throw CliException.usage("The key file " + key + " cannot be read. Give the path of a private key.");
            }
            return new HostAuthentication.KeyFile(key.toAbsolutePath());
        }
        return login.agent ? new HostAuthentication.Agent() : new HostAuthentication.Password();
    }

    /** The password or passphrase from its file; null for the agent or a key without a passphrase. */
    private char[] secret() {
        if (login.passwordFile != null) {
            return SecretFile.firstLine(login.passwordFile, "password");
        }
        if (login.key != null && login.key.passphraseFile != null) {
            return SecretFile.firstLine(login.key.passphraseFile, "passphrase");
        }
        return null;
    }
}
