package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.List;

/**
 * One type's part of a querySelectedStatistics request, checked: existing ids (the system's own for the system,
 * which takes none) and known properties, both without repeats and in the order asked.
 */
record Selection(StatisticsType<?> type, List<String> ids, List<String> properties) {
}
