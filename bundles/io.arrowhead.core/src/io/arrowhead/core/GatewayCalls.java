package io.arrowhead.core;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayClient;

/**
 * The client a job calls a gateway through: cancelled with the job, and waiting as long as the timeout preferences
 * say at the time, so that a changed preference applies to gateways already connected.
 */
final class GatewayCalls {

    private GatewayCalls() {
    }

    static GatewayClient of(GatewayClient client, CallCancellation cancellation) {
        return withPreferredTimeouts(client.withCancellation(cancellation));
    }

    static GatewayClient withPreferredTimeouts(GatewayClient client) {
        return client.withReadTimeouts(ConsolePreferences.requestTimeout(), ConsolePreferences.clusterLoadTimeout());
    }
}
