package io.arrowhead.scaleio.simulator.internal.stats;

import io.arrowhead.scaleio.simulator.internal.cluster.SdcEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * The statistics of SDCs: the volumes mapped to them and the sum of those volumes' shares of I/O through this
 * SDC over the last second. A connected SDC reports its second even when idle, a disconnected one reports nothing.
 */
final class SdcStatistics {

    private SdcStatistics() {
    }

    record SdcSubject(StatisticsContext context, SdcEntity sdc) {

        Traffic traffic() {
            return context.userData().sdc(sdc.id);
        }
    }

    /** Not-found code: INI_NOT_FOUND, next to the known 79 and 81 in the MDM return-code table [inferred]. */
    static StatisticsType<SdcSubject> sdc() {
        return StatisticsType.<SdcSubject>builder("Sdc", state -> state.sdcs,
                (context, id) -> new SdcSubject(context, context.state.sdcs.get(id)))
                .number("numOfMappedVolumes", s -> s.context.index.volumesOfSdc(s.sdc.id).size())
                .ids("volumeIds", s -> s.context.index.volumesOfSdc(s.sdc.id), (VolumeEntity volume) -> volume.id)
                .property("userDataReadBwc",
                        (s, out) -> Bwc.perSecond(out, s.traffic().readIos, s.traffic().readKb, s.sdc.connected))
                .property("userDataWriteBwc",
                        (s, out) -> Bwc.perSecond(out, s.traffic().writeIos, s.traffic().writeKb, s.sdc.connected))
                .property("userDataSdcReadLatency",
                        (s, out) -> Bwc.window(out, s.traffic().readIos, s.traffic().readLatencyMicros, 1))
                .property("userDataSdcWriteLatency",
                        (s, out) -> Bwc.window(out, s.traffic().writeIos, s.traffic().writeLatencyMicros, 1))
                .idle("userDataTrimBwc", "userDataSdcTrimLatency")
                .build();
    }
}
