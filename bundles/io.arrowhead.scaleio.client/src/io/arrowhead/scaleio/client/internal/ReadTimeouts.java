package io.arrowhead.scaleio.client.internal;

import java.time.Duration;
import java.util.Objects;

import io.arrowhead.scaleio.client.GatewayConfig;

/**
 * How long calls wait for the gateway's next bytes: most calls briefly, so that a hung gateway shows soon, and the
 * whole-cluster load longer, because a large gateway takes long to produce it.
 */
public record ReadTimeouts(Duration calls, Duration clusterLoad) {

    public ReadTimeouts {
        requirePositive(calls, "read");
        requirePositive(clusterLoad, "cluster load read");
    }

    public static ReadTimeouts of(GatewayConfig config) {
        return new ReadTimeouts(config.readTimeout(), config.clusterLoadReadTimeout());
    }

    private static void requirePositive(Duration timeout, String which) {
        Objects.requireNonNull(timeout, which + " timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The " + which + " timeout must be positive, not " + timeout + ".");
        }
    }
}
