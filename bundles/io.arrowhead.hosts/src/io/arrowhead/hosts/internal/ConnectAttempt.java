package io.arrowhead.hosts.internal;

import java.nio.file.Path;

import org.apache.sshd.common.AttributeRepository.AttributeKey;

import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostException;

/**
 * What one connection attempt carries through MINA's callbacks (as a connection-context attribute): the host, the
 * agent socket when the host authenticates with the agent, and why the host key was refused.
 */
public final class ConnectAttempt {

    public static final AttributeKey<ConnectAttempt> KEY = new AttributeKey<>();

    private final HostDefinition host;
    private final Path agentSocket;
    private volatile HostException keyFailure;
    private volatile boolean asking;
    private volatile long askedNanos;

    public ConnectAttempt(HostDefinition host, Path agentSocket) {
        this.host = host;
        this.agentSocket = agentSocket;
    }

    public HostDefinition host() {
        return host;
    }

    /** The agent to ask for identities, or null when this host does not use the agent. */
    public Path agentSocket() {
        return agentSocket;
    }

    public HostException keyFailure() {
        return keyFailure;
    }

    void failKey(HostException failure) {
        keyFailure = failure;
    }

    /** True while the user is being asked about the host key; that time does not count against the login timeout. */
    public boolean asking() {
        return asking;
    }

    public long askedNanos() {
        return askedNanos;
    }

    void startAsking() {
        asking = true;
    }

    void stopAsking(long nanos) {
        askedNanos += nanos;
        asking = false;
    }
}
