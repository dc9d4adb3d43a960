package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.StatisticsContext.BACK_END_WINDOW_SECONDS;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdsEntity;

/**
 * The statistics of devices, SDSs and fault sets: capacity and back-end counters of the devices they group.
 */
final class DeviceGroupStatistics {

    private DeviceGroupStatistics() {
    }

    static StatisticsType<DeviceGroupSubject> device() {
        return common(StatisticsType.builder("Device", state -> state.devices,
                (context, id) -> new DeviceGroupSubject(context, id, List.of(context.state.devices.get(id)))))
                .build();
    }

    static StatisticsType<DeviceGroupSubject> sds() {
        return common(StatisticsType.builder("Sds", state -> state.sdss,
                (context, id) -> new DeviceGroupSubject(context, id, context.index.devicesOfSds(id))))
                .number("numOfDevices", s -> s.devices.size())
                .ids("deviceIds", s -> s.devices, device -> device.id)
                .build();
    }

    static StatisticsType<DeviceGroupSubject> faultSet() {
        return common(StatisticsType.builder("FaultSet",
                state -> state.faultSets,
                (context, id) -> new DeviceGroupSubject(context, id, devicesOfFaultSet(context, id))))
                .number("numOfSds", s -> s.context.index.sdssOfFaultSet(s.id).size())
                .ids("sdsIds", s -> s.context.index.sdssOfFaultSet(s.id), sds -> sds.id)
                .build();
    }

    private static StatisticsType.Builder<DeviceGroupSubject> common(
            StatisticsType.Builder<DeviceGroupSubject> type) {
        StatisticWriter<DeviceGroupSubject> reads = (s, out) -> Bwc.window(out, s.backEnd().readIos,
                s.backEnd().readKb, BACK_END_WINDOW_SECONDS);
        StatisticWriter<DeviceGroupSubject> writes = (s, out) -> Bwc.window(out, s.backEnd().writeIos,
                s.backEnd().writeKb, BACK_END_WINDOW_SECONDS);
        return type.number("maxCapacityInKb", s -> s.maxCapacityInKb)
                .number("capacityLimitInKb", s -> s.maxCapacityInKb)
                .number("spareCapacityInKb", s -> s.spareCapacityInKb)
                .number("thickCapacityInUseInKb", s -> s.thickCapacityInUseInKb)
                .number("thinCapacityInUseInKb", s -> s.thinCapacityInUseInKb)
                .number("snapCapacityInUseOccupiedInKb", s -> s.snapCapacityInUseOccupiedInKb)
                .number("capacityInUseInKb", DeviceGroupSubject::capacityInUseInKb)
                .number("unusedCapacityInKb", DeviceGroupSubject::unusedCapacityInKb)
                .property("primaryReadBwc", reads)
                .property("primaryReadFromDevBwc", reads)
                .property("totalReadBwc", reads)
                .property("primaryWriteBwc", writes)
                .property("secondaryWriteBwc", writes)
                .property("totalWriteBwc", (s, out) -> Bwc.window(out, 2 * s.backEnd().writeIos,
                        2 * s.backEnd().writeKb, BACK_END_WINDOW_SECONDS))
                .idle("secondaryReadBwc", "primaryReadFromRmcacheBwc");
    }

    private static List<DeviceEntity> devicesOfFaultSet(StatisticsContext context, String faultSetId) {
        List<DeviceEntity> devices = new ArrayList<>();
        for (SdsEntity sds : context.index.sdssOfFaultSet(faultSetId)) {
            devices.addAll(context.index.devicesOfSds(sds.id));
        }
        return devices;
    }
}
