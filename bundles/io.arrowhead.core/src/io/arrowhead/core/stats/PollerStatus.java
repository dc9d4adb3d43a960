package io.arrowhead.core.stats;

import java.time.Instant;

import io.arrowhead.core.GatewayConnection;

/**
 * A gateway poller's state.
 *
 * @param error why the last tick failed, for {@link PollerState#BACKING_OFF}; else {@code null}
 * @param nextAttempt when the next tick runs, for {@link PollerState#BACKING_OFF}; else {@code null}
 */
public record PollerStatus(GatewayConnection gateway, PollerState state, String error, Instant nextAttempt) {

    public static PollerStatus of(GatewayConnection gateway, PollerState state) {
        return new PollerStatus(gateway, state, null, null);
    }
}
