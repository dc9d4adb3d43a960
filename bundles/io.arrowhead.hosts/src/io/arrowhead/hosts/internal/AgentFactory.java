package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentKeyConstraint;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;

/**
 * Gives MINA's public key authentication the user's SSH agent, but only for hosts set up to use it: MINA asks the
 * client-wide agent factory for every session, and a host configured with a key file must not try agent keys.
 * No agent forwarding.
 */
public final class AgentFactory implements SshAgentFactory {

    @Override
    public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
        return List.of();
    }

    @Override
    public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
        ConnectAttempt attempt = session instanceof ClientSession client
            ? client.getConnectionContext().getAttribute(ConnectAttempt.KEY) : null;
        if (attempt == null || attempt.agentSocket() == null) {
            return new NoAgent();
        }
        return new UnixAgentClient(attempt.agentSocket());
    }

    @Override
    public SshAgentServer createServer(ConnectionService service) throws IOException {
        throw new IOException("Arrowhead does not forward the SSH agent.");
    }

    /** An agent without identities. */
    private static final class NoAgent implements SshAgent {
        private volatile boolean open = true;

        @Override
        public Iterable<? extends Map.Entry<PublicKey, String>> getIdentities() {
            return List.of();
        }

        @Override
        public Map.Entry<String, byte[]> sign(SessionContext session, PublicKey key, String algorithm, byte[] data)
                throws IOException {
            throw new IOException("No SSH agent is in use for this host.");
        }

        @Override
        public void addIdentity(java.security.KeyPair key, String comment, SshAgentKeyConstraint... constraints) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeIdentity(PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeAllIdentities() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
