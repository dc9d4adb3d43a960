package io.arrowhead.hosts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * A real SSH server in the test JVM that runs each exec request with the local /bin/sh: a genuine SSH peer executing
 * genuine commands, so the client is tested end to end without a remote machine.
 */
final class LocalShellServer implements AutoCloseable {

    static final String USER = "tester";
    static final String PASSWORD = "s3cret";

    final List<String> commands = new CopyOnWriteArrayList<>();
    final AtomicInteger authAttempts = new AtomicInteger();
    final List<PublicKey> authorizedKeys = new CopyOnWriteArrayList<>();
    /** Lets a test change the command line before the shell sees it (e.g. drop the timeout wrapper). */
    volatile UnaryOperator<String> rewrite = UnaryOperator.identity();
    private final SshServer server;
    private final Path hostKeyFile;

    /** Starts on the given port (0 = any free one) with the host key kept in hostKeyFile (created if missing). */
    LocalShellServer(Path hostKeyFile, int port) throws IOException {
        this.hostKeyFile = hostKeyFile;
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> {
            authAttempts.incrementAndGet();
            return USER.equals(user) && PASSWORD.equals(password);
        });
        server.setPublickeyAuthenticator((user, key, session) -> {
            authAttempts.incrementAndGet();
            return USER.equals(user) && authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
        });
        server.setCommandFactory((channel, line) -> {
            commands.add(line);
            return new ShellProcess(rewrite.apply(line));
        });
        server.start();
    }

    int port() {
        return server.getPort();
    }

    PublicKey hostKey() throws IOException {
        try {
            return server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** The host key as one OpenSSH public key line. */
    String hostKeyLine() throws IOException {
        return PublicKeyEntry.toString(hostKey());
    }

    Path hostKeyFile() {
        return hostKeyFile;
    }

    HostDefinition passwordHost() {
        return new HostDefinition("127.0.0.1", port(), USER, new HostAuthentication.Password(), false);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** Runs one command line with /bin/sh -c and relays its streams and exit code. */
    private static final class ShellProcess implements Command {
        private final String line;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private volatile Process process;

        ShellProcess(String line) {
            this.line = line;
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            process = new ProcessBuilder("/bin/sh", "-c", line).start();
            process.getOutputStream().close();
            Thread errors = Thread.ofVirtual().start(() -> pump(process.getErrorStream(), err));
            Thread.ofVirtual().start(() -> {
                pump(process.getInputStream(), out);
                try {
                    errors.join();
                    exit.onExit(process.waitFor());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        private static void pump(InputStream in, OutputStream target) {
            try (in) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    target.write(buffer, 0, n);
                    target.flush();
                }
            } catch (IOException e) {
                // The channel went away; the process is destroyed below.
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            Process running = process;
            if (running != null) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
            }
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            exit = callback;
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }
    }
}
