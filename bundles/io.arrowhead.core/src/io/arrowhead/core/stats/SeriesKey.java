package io.arrowhead.core.stats;

import java.util.Objects;

import io.arrowhead.scaleio.client.ObjectType;

/**
 * One chartable series: a metric of one object of one gateway.
 *
 * @param gatewayId the {@link io.arrowhead.core.GatewayConnection#id()}
 * @param objectId the object's id, or {@link #SYSTEM_ID} for the system
 */
public record SeriesKey(String gatewayId, ObjectType<?> type, String objectId, Metric metric) {

    /** The id the system's series go by: a gateway has one system, which its statistics answer names no id for. */
    public static final String SYSTEM_ID = "";

    public SeriesKey {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(metric, "metric");
    }
}
