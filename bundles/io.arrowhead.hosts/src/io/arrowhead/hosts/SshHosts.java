package io.arrowhead.hosts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;

import io.arrowhead.hosts.internal.AgentFactory;
import io.arrowhead.hosts.internal.ConnectAttempt;
import io.arrowhead.hosts.internal.HostKeyVerifier;
import io.arrowhead.hosts.internal.Identities;
import io.arrowhead.hosts.internal.Login;

/**
 * Opens SSH sessions to Docker hosts. Owns one MINA SSH client; close it when the application stops.
 * Host keys are checked against the {@link HostKeyStore} before anything is authenticated or run.
 */
public final class SshHosts implements AutoCloseable {

    private final SshClient client;
    private final HostKeyStore keys;
    private final HostSecrets secrets;
    private final HostTimeouts timeouts;
    private volatile Path agentSocket = agentSocketFromEnvironment();
    private volatile Duration commandGrace = Duration.ofSeconds(10);

    public SshHosts(HostKeyStore keys, HostKeyCallback callback, HostSecrets secrets, HostTimeouts timeouts) {
        this.keys = keys;
        this.secrets = secrets;
        this.timeouts = timeouts;
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new HostKeyVerifier(keys, callback));
        // Only what the host definition says: no ~/.ssh/config, no default ~/.ssh/id_* keys, no keyboard prompts.
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setAgentFactory(new AgentFactory());
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        // Commands such as mkfs may print nothing for minutes; a dead peer is found by keep-alives instead.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ZERO);
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, Duration.ofSeconds(15));
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, 3);
        client.start();
    }

    public HostKeyStore keyStore() {
        return keys;
    }

    public HostTimeouts timeouts() {
        return timeouts;
    }

    /** Connects, verifies the host key and logs in. The session runs commands until closed. */
    public HostSession open(HostDefinition host) throws HostException {
        HostAuthentication auth = host.authentication();
        List<KeyPair> keyPairs = auth instanceof HostAuthentication.KeyFile file
            ? Identities.loadKeyFile(host, file.privateKey(), secrets) : List.of();
        String password = auth instanceof HostAuthentication.Password ? Identities.password(host, secrets) : null;
        Path agentSocketOrNull = auth instanceof HostAuthentication.Agent ? agent(host) : null;
        ConnectAttempt attempt = new ConnectAttempt(host, agentSocketOrNull);
        ClientSession session = connect(host, attempt);
        try {
            session.setUserAuthFactories(List.of(password != null ? UserAuthPasswordFactory.INSTANCE
                : UserAuthPublicKeyFactory.INSTANCE));
            keyPairs.forEach(session::addPublicKeyIdentity);
            if (password != null) {
                session.addPasswordIdentity(password);
            }
            Login.authenticate(host, session, attempt, timeouts.authentication());
            return new HostSession(host, session, timeouts.command(), commandGrace);
        } catch (HostException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    private ClientSession connect(HostDefinition host, ConnectAttempt attempt) throws HostConnectException {
        String where = host.displayName();
        try {
            ConnectFuture future = client.connect(host.user(), host.address(), host.port(),
                AttributeRepository.ofKeyValuePair(ConnectAttempt.KEY, attempt), null);
            if (!future.await(timeouts.connect())) {
                future.cancel();
                throw new HostConnectException("Cannot connect to " + where + ": no answer within "
                    + timeouts.connect().toSeconds() + " s.");
            }
            Throwable failure = future.getException();
            if (failure != null) {
                throw new HostConnectException("Cannot connect to " + where + ": " + Login.describe(failure), failure);
            }
            return future.getSession();
        } catch (IOException e) {
            throw e instanceof HostConnectException c ? c
                : new HostConnectException("Cannot connect to " + where + ": " + Login.describe(e), e);
        }
    }

    private Path agent(HostDefinition host) throws HostAuthenticationException {
        Path socket = agentSocket;
        if (socket == null || !Files.exists(socket)) {
            throw new HostAuthenticationException("No SSH agent is available to log in to " + host.displayName()
                + (socket == null ? " (SSH_AUTH_SOCK is not set)." : " (" + socket + " does not exist)."));
        }
        return socket;
    }

    private static Path agentSocketFromEnvironment() {
        String socket = System.getenv("SSH_AUTH_SOCK");
        return socket == null || socket.isBlank() ? null : Path.of(socket);
    }

    /** Tests: another agent socket than SSH_AUTH_SOCK. */
    void setAgentSocket(Path socket) {
        agentSocket = socket;
    }

    /** Tests: how long the client waits past a command's timeout before giving up on it. */
    void setCommandGrace(Duration grace) {
        commandGrace = grace;
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (RuntimeException e) {
            // Closing is best effort; sessions are closed with the client.
        }
    }
}
