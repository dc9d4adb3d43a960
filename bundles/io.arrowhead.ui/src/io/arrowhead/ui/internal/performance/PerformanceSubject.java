package io.arrowhead.ui.internal.performance;

import java.util.Objects;
import java.util.function.Supplier;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.ObjectType;

/**
 * What a Performance page charts: one object of a gateway, and the QoS limits that apply to it now (read from the
 * model at each tick, so a changed limit moves its line).
 *
 * @param limits the object's limits; {@link QosLimits#NONE} for objects without
 */
public record PerformanceSubject(GatewayConnection gateway, ObjectType<?> type, String id,
    Supplier<QosLimits> limits) {

    public PerformanceSubject {
        Objects.requireNonNull(gateway);
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        Objects.requireNonNull(limits);
    }

    public static PerformanceSubject of(GatewayConnection gateway, ObjectType<?> type, String id) {
        return new PerformanceSubject(gateway, type, id, () -> QosLimits.NONE);
    }
}
