package io.arrowhead.ui.internal.performance;

import java.util.List;

import io.arrowhead.scaleio.client.model.MappedSdcInfo;

/**
 * The QoS limits of a volume as a whole: the sum of its mappings' limits when every mapping has one, since each SDC's
 * I/O is capped separately; {@link Double#NaN} where some mapping is unlimited or there is none.
 *
 * @param iops I/Os per second
 * @param kibPerSecond KiB per second
 */
public record QosLimits(double iops, double kibPerSecond) {

    public static final QosLimits NONE = new QosLimits(Double.NaN, Double.NaN);

    public static QosLimits of(List<MappedSdcInfo> mappings) {
        if (mappings == null || mappings.isEmpty()) {
            return NONE;
        }
        double iops = 0;
        double kib = 0;
        for (MappedSdcInfo mapping : mappings) {
            iops = add(iops, mapping.limitIops(), 1);
            kib = add(kib, mapping.limitBwInMbps(), 1024);
        }
        return new QosLimits(iops, kib);
    }

    // 0 or absent means unlimited, which makes the whole unlimited
    private static double add(double sum, Long limit, double scale) {
        return limit == null || limit <= 0 ? Double.NaN : sum + limit * scale;
    }
}
