package io.arrowhead.core.stats;

import io.arrowhead.scaleio.client.ObjectType;

/**
 * The metrics of one object at one tick.
 *
 * @param id the object's id; {@link SeriesKey#SYSTEM_ID} for the system, which the gateway answers without one
 */
public record ObjectPerformance(ObjectType<?> type, String id, Performance performance) {
}
