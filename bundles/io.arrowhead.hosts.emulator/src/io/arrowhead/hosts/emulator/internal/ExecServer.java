package io.arrowhead.hosts.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;

import io.arrowhead.hosts.emulator.EmulatedHostSettings;

/**
 * The SSH server of one emulated host, on 127.0.0.1 only: it lets in the settings' one user with the authorized key
 * or the password, hands each exec request to the {@link HostShell}, and refuses interactive shells.
 */
public final class ExecServer {

    private static final String NO_SHELL =
            "This emulated Docker host runs single commands only; interactive shells are not available.";

    private ExecServer() {
    }

    /** A configured server, not yet started; commands run on {@code executor}. */
    public static SshServer create(EmulatedHostSettings settings, KeyPairProvider hostKeys, HostShell shell,
            ExecutorService executor) {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(settings.port());
        server.setKeyPairProvider(hostKeys);
        if (settings.authorizedKey() != null) {
            server.setPublickeyAuthenticator((user, key, session) -> user.equals(settings.user())
                    && KeyUtils.compareKeys(key, settings.authorizedKey()));
        }
        if (settings.password() != null) {
            server.setPasswordAuthenticator((user, password, session) -> user.equals(settings.user())
                    && samePassword(password, settings.password()));
        }
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, line) -> {
            CommandLine.Invocation invocation;
            try {
                invocation = CommandLine.parse(line);
            } catch (CommandLine.SyntaxException e) {
                return new ExecCommand(executor, () -> Reply.error(2, "sh: 1: " + e.getMessage()), null);
            }
            return new ExecCommand(executor, () -> shell.run(invocation.words()), invocation.timeout());
        });
        server.setShellFactory(channel -> new ExecCommand(executor, () -> Reply.error(1, NO_SHELL), null));
        return server;
    }

    /** Compares in constant time, so how long a check takes does not tell how much of a guess was right. */
    private static boolean samePassword(String offered, char[] expected) {
        return MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8),
                new String(expected).getBytes(StandardCharsets.UTF_8));
    }
}
