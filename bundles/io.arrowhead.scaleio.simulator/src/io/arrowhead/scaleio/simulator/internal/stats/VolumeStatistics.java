package io.arrowhead.scaleio.simulator.internal.stats;

import io.arrowhead.scaleio.simulator.internal.cluster.MappingEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * The statistics of volumes, with the key set of a 3.x volume (fixtures/volume_statistics.json). Replication and
 * SCSI reservations are not modelled and answer what an unreplicated, unreserved volume does.
 */
final class VolumeStatistics {

    private VolumeStatistics() {
    }

    static StatisticsType<VolumeSubject> volume() {
        return StatisticsType.<VolumeSubject>builder("Volume",
                state -> state.volumes, (context, id) -> context.volumeSubject(context.state.volumes.get(id)))
                .ids("mappedSdcIds", s -> s.volume.mappings, (MappingEntity mapping) -> mapping.sdcId)
                .number("numOfMappedSdcs", s -> s.volume.mappings.size())
                .ids("childVolumeIds", VolumeSubject::children, (VolumeEntity child) -> child.id)
                .number("numOfChildVolumes", s -> s.children().size())
                .ids("descendantVolumeIds", VolumeSubject::descendants, (VolumeEntity descendant) -> descendant.id)
                .number("numOfDescendantVolumes", s -> s.descendants().size())
                .property("userDataReadBwc",
                        (s, out) -> Bwc.perSecond(out, s.traffic().readIos, s.traffic().readKb, s.active()))
                .property("userDataWriteBwc",
                        (s, out) -> Bwc.perSecond(out, s.traffic().writeIos, s.traffic().writeKb, s.active()))
                .property("userDataSdcReadLatency",
                        (s, out) -> Bwc.window(out, s.traffic().readIos, s.traffic().readLatencyMicros, 1))
                .property("userDataSdcWriteLatency",
                        (s, out) -> Bwc.window(out, s.traffic().writeIos, s.traffic().writeLatencyMicros, 1))
                .idle("userDataTrimBwc", "userDataSdcTrimLatency")
                .property("initiatorSdcId", (s, out) -> out.writeNull())
                .property("registrationKey", (s, out) -> out.writeNull())
                .property("registrationKeys", (s, out) -> {
                    out.writeStartArray();
                    out.writeEndArray();
                })
                .property("replicationJournalVolume", (s, out) -> out.writeBoolean(false))
                .property("replicationState", (s, out) -> out.writeString("UnmarkedForReplication"))
                .property("reservationType", (s, out) -> out.writeString("NotReserved"))
                .zeros("rplTotalJournalCap", "rplUsedJournalCap")
                .build();
    }
}
