package io.arrowhead.scaleio.simulator.internal.http;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.NetworkConnectionLimit;

/**
 * Gives a connection opened while the connection limit is reached the limit's short idle timeout. Jetty's
 * {@link NetworkConnectionLimit} shortens the timeout only of connections already open when the limit is reached,
 * but its acceptor runs ahead of connection setup, so most connections of a flood open just after that moment and
 * would keep the normal timeout; a flood of silent clients would then hold the server for the whole of it.
 */
final class CrowdedIdleTimeout implements Connection.Listener {

    private final NetworkConnectionLimit limit;
    private final long crowdedMillis;

    CrowdedIdleTimeout(NetworkConnectionLimit limit, long crowdedMillis) {
        this.limit = limit;
        this.crowdedMillis = crowdedMillis;
    }

    @Override
    public void onOpened(Connection connection) {
        int open = limit.getNetworkConnectionCount() + limit.getPendingNetworkConnectionCount();
        if (open >= limit.getMaxNetworkConnectionCount()
                && connection.getEndPoint().getIdleTimeout() > crowdedMillis) {
            connection.getEndPoint().setIdleTimeout(crowdedMillis);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        // nothing to undo: the connection is gone
    }
}
