package io.arrowhead.core;

import java.util.Objects;

import io.arrowhead.scaleio.client.GatewayClient;

/**
 * One configured gateway as the console sees it: its settings, its state, the last loaded {@link ClusterModel} and
 * the last error. Every field is replaced whole by {@link GatewayConnections}, so readers on any thread see a
 * consistent value without locking.
 */
public final class GatewayConnection {

    private final GatewayConnections owner;
    private volatile ConnectionSettings settings;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile ClusterModel model;
    private volatile String lastError;
    private volatile boolean loading;
    private volatile GatewayClient client;

    GatewayConnection(GatewayConnections owner, ConnectionSettings settings) {
        this.owner = Objects.requireNonNull(owner);
        this.settings = Objects.requireNonNull(settings);
    }

    public String id() {
        return settings.id();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** The name shown in the navigator; the embedded demo gateway is always "Demo". */
    public String name() {
        return settings.name();
    }

    public boolean isDemo() {
        return settings.demo();
    }

    public ConnectionState state() {
        return state;
    }

    public boolean isConnected() {
        return state == ConnectionState.CONNECTED;
    }

    /**
     * Whether the cluster is being loaded right now, by a connect, a refresh or the reload after an operation. The
     * state says how the last attempt went; the model stays the last one loaded until the load ends.
     */
    public boolean isLoading() {
        return loading;
    }

    /** The last loaded cluster, or {@code null} before the first successful load. Kept while a refresh fails. */
    public ClusterModel model() {
        return model;
    }

    /** Why the last connect, refresh or operation failed, or {@code null}. */
    public String lastError() {
        return lastError;
    }

    /** Whether the console holds a logged-in client for this gateway, which {@link GatewayJob}s call it through. */
    public boolean hasSession() {
        return client != null;
    }

    /** Serialises the jobs that talk to this gateway. */
    public GatewayRule rule() {
        return GatewayRule.of(settings.endpoint());
    }

    public GatewayConnections owner() {
        return owner;
    }

    GatewayClient client() {
        return client;
    }

    void settings(ConnectionSettings newSettings) {
        settings = newSettings;
    }

    void state(ConnectionState newState, String error) {
        state = newState;
        lastError = error;
    }

    void loading(boolean nowLoading) {
        loading = nowLoading;
    }

    void model(ClusterModel newModel) {
        model = newModel;
    }

    GatewayClient swapClient(GatewayClient newClient) {
        GatewayClient old = client;
        client = newClient;
        return old;
    }

    @Override
    public String toString() {
        return name() + " (" + settings.url() + ")";
    }
}
