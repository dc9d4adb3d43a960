package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every type that has statistics, by its REST name. RfcacheDevice, which real gateways also accept, is not
 * modelled and counts as unknown.
 */
final class StatisticsCatalog {

    private static final Map<String, StatisticsType<?>> TYPES = index(AggregateStatistics.system(),
            AggregateStatistics.protectionDomain(), AggregateStatistics.storagePool(), DeviceGroupStatistics.sds(),
            DeviceGroupStatistics.device(), DeviceGroupStatistics.faultSet(), VolumeStatistics.volume(),
            VTreeStatistics.vtree(), SdcStatistics.sdc());

    private StatisticsCatalog() {
    }

    /** The type with this REST name, or null. */
    static StatisticsType<?> byWireName(String wireName) {
        return TYPES.get(wireName);
    }

    private static Map<String, StatisticsType<?>> index(StatisticsType<?>... types) {
        Map<String, StatisticsType<?>> byName = new LinkedHashMap<>();
        for (StatisticsType<?> type : types) {
            byName.put(type.wireName(), type);
        }
        return Collections.unmodifiableMap(byName);
    }
}
