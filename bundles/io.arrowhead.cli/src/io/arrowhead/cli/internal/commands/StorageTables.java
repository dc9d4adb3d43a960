package io.arrowhead.cli.internal.commands;

import java.util.List;
import java.util.stream.Collectors;

import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.cli.internal.output.Table.Nested;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.MappingRules;
import io.arrowhead.core.Units;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * How volumes, their mappings and SDCs print. JSON field names are stable (scripts use them): sizes in bytes in fields
 * ending in {@code Bytes}, rates in bytes per second, 0 for an unlimited limit.
 */
final class StorageTables {

    private static final long BYTES_PER_KIB = 1024;
    private static final long BYTES_PER_MIB = 1024 * 1024;

    /** A volume with the cluster it was read from, which names its pool, protection domain and SDCs. */
    record VolumeRow(Volume volume, ClusterModel model) {

        static List<VolumeRow> of(List<Volume> volumes, ClusterModel model) {
            return volumes.stream().map(v -> new VolumeRow(v, model)).toList();
        }

        StoragePool pool() {
            return model.pool(volume.storagePoolId()).orElse(null);
        }

        ProtectionDomain domain() {
            StoragePool pool = pool();
            return pool == null ? null : model.protectionDomain(pool.protectionDomainId()).orElse(null);
        }

        Volume source() {
            return volume.ancestorVolumeId() == null ? null : model.volume(volume.ancestorVolumeId()).orElse(null);
        }

        Nested<MappedSdcInfo> mappings() {
            List<MappedSdcInfo> mappings = volume.mappedSdcInfo();
            return new Nested<>(MAPPINGS, mappings, mappings.stream().map(StorageTables::describe)
                .collect(Collectors.joining(", ")));
        }
    }

    static final Table<MappedSdcInfo> MAPPINGS = new Table<>(
        Column.of("SDC", "sdc", MappingRules::sdcLabel),
        Column.of("SDC ID", "sdcId", MappedSdcInfo::sdcId),
        Column.of("IP", "sdcIp", MappedSdcInfo::sdcIp),
        Column.of("ACCESS", "accessMode", MappedSdcInfo::accessMode),
        Column.of("IOPS LIMIT", "iopsLimit", m -> orZero(m.limitIops()), StorageTables::iops),
        Column.of("BANDWIDTH LIMIT", "bandwidthLimitBytesPerSecond", m -> orZero(m.limitBwInMbps()) * BYTES_PER_MIB,
            StorageTables::bandwidth));

    static final Table<VolumeRow> VOLUMES = new Table<>(volumeColumns(false));

    /** One volume in full: also the ids of what it belongs to, when it was created and its access mode limit. */
    static final Table<VolumeRow> VOLUME = new Table<>(volumeColumns(true));

    @SuppressWarnings("unchecked")
    private static Column<VolumeRow>[] volumeColumns(boolean detailed) {
        List<Column<VolumeRow>> columns = new java.util.ArrayList<>(List.of(
            Column.of("NAME", "name", r -> r.volume().name()),
            Column.of("ID", "id", r -> r.volume().id()),
            Column.of("SIZE", "sizeBytes", r -> r.volume().sizeInKb() * BYTES_PER_KIB, StorageTables::bytes),
            Column.of("TYPE", "type", r -> type(r.volume())),
            Column.of("POOL", "pool", r -> r.pool() == null ? null : r.pool().name()),
            Column.of("PROTECTION DOMAIN", "protectionDomain", r -> r.domain() == null ? null : r.domain().name()),
            Column.of("SNAPSHOT OF", "snapshotOf", r -> r.source() == null ? null : r.source().name()),
            Column.of("MAPPED TO", "mappings", VolumeRow::mappings)));
        if (detailed) {
            columns.addAll(List.of(
                Column.of("POOL ID", "poolId", r -> r.volume().storagePoolId()),
                Column.of("PROTECTION DOMAIN ID", "protectionDomainId", r -> r.pool() == null ? null
                    : r.pool().protectionDomainId()),
                Column.of("SNAPSHOT OF ID", "snapshotOfId", r -> r.volume().ancestorVolumeId()),
                Column.of("CREATED", "created", r -> r.volume().created()),
                Column.of("ACCESS MODE LIMIT", "accessModeLimit", r -> r.volume().accessModeLimit())));
        }
        return columns.toArray(Column[]::new);
    }

    /** An SDC with the volumes mapped to it. */
    record SdcRow(Sdc sdc, ClusterModel model) {

        static List<SdcRow> of(List<Sdc> sdcs, ClusterModel model) {
            return sdcs.stream().map(s -> new SdcRow(s, model)).toList();
        }
    }

    static final Table<SdcRow> SDCS = new Table<>(
        Column.of("NAME", "name", r -> r.sdc().name()),
        Column.of("ID", "id", r -> r.sdc().id()),
        Column.of("IP", "ip", r -> r.sdc().sdcIp()),
        Column.of("GUID", "guid", r -> r.sdc().sdcGuid()),
        Column.of("STATE", "state", r -> r.sdc().mdmConnectionState()),
        Column.of("APPROVED", "approved", r -> r.sdc().sdcApproved()),
        Column.of("VOLUMES", "mappedVolumes", r -> r.model().volumesMappedTo(r.sdc().id()).size()));

    private StorageTables() {
    }

    /** thin, thick or snapshot. */
    static String type(Volume volume) {
        return switch (volume.volumeType()) {
            case THIN_PROVISIONED -> "thin";
            case THICK_PROVISIONED -> "thick";
            case SNAPSHOT -> "snapshot";
            case UNKNOWN -> "unknown";
        };
    }

    static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    static String bytes(Object bytes) {
        return Units.formatKib(((Number) bytes).longValue() / BYTES_PER_KIB);
    }

    /** A GiB count as bytes. */
    static long gibBytes(long gib) {
        return Sizes.gibToKib(gib) * BYTES_PER_KIB;
    }

    private static String iops(Object limit) {
        return ((Number) limit).longValue() == 0 ? "unlimited" : limit + " IOPS";
    }

    private static String bandwidth(Object bytesPerSecond) {
        long value = ((Number) bytesPerSecond).longValue();
        return value == 0 ? "unlimited" : Units.formatKbPerSecond(value / BYTES_PER_KIB);
    }

    private static String describe(MappedSdcInfo mapping) {
        String limits = orZero(mapping.limitIops()) == 0 && orZero(mapping.limitBwInMbps()) == 0 ? ""
            : ", " + iops(orZero(mapping.limitIops())) + ", " + bandwidth(orZero(mapping.limitBwInMbps())
                * BYTES_PER_MIB);
        return MappingRules.sdcLabel(mapping) + (mapping.accessMode() == null ? "" : " (" + mapping.accessMode())
            + limits + (mapping.accessMode() == null ? "" : ")");
    }
}
