package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** A Volume object with the 3.x field set of fixtures/volumes.json, keys in the same (alphabetical) order. */
final class VolumeJson {

    private VolumeJson() {
    }

    static void write(JsonGenerator json, VolumeEntity volume, ClusterState state) throws IOException {
        StoragePoolEntity pool = state.storagePools.get(volume.storagePoolId);
        json.writeStartObject();
        json.writeStringField("accessModeLimit", volume.accessModeLimit);
        json.writeStringField("ancestorVolumeId", volume.ancestorVolumeId);
        json.writeNullField("autoSnapshotGroupId");
        json.writeStringField("compressionMethod", "Invalid");
        json.writeStringField("consistencyGroupId", volume.consistencyGroupId);
        json.writeNumberField("creationTime", volume.creationTime);
        json.writeStringField("dataLayout", pool == null ? "MediumGranularity" : pool.dataLayout);
        json.writeStringField("id", volume.id);
        json.writeBooleanField("isObfuscated", false);
        json.writeBooleanField("isVvol", false);
        JsonRenderer.links(json, WireType.VOLUME, volume.id,
                "ancestorVolumeId", volume.ancestorVolumeId == null ? null
                        : JsonRenderer.href(WireType.VOLUME, volume.ancestorVolumeId),
                "vtreeId", JsonRenderer.href(WireType.VTREE, volume.vtreeId),
                "storagePoolId", JsonRenderer.href(WireType.STORAGE_POOL, volume.storagePoolId));
        json.writeBooleanField("lockedAutoSnapshot", false);
        json.writeBooleanField("lockedAutoSnapshotMarkedForRemoval", false);
        json.writeStringField("managedBy", "ScaleIO");
        json.writeNullField("mappedScsiInitiatorInfo");
        writeMappings(json, volume, state);
        json.writeBooleanField("mappingToAllSdcsEnabled", false);
        json.writeStringField("name", volume.name);
        json.writeBooleanField("notGenuineSnapshot", false);
        json.writeNumberField("originalExpiryTime", 0);
        json.writeNullField("pairIds");
        json.writeBooleanField("replicationJournalVolume", false);
        json.writeNumberField("replicationTimeStamp", 0);
        json.writeArrayFieldStart("retentionLevels");
        json.writeEndArray();
        json.writeNumberField("secureSnapshotExpTime", 0);
        json.writeNumberField("sizeInKb", volume.sizeInKb);
        json.writeNullField("snplIdOfAutoSnapshot");
        json.writeNullField("snplIdOfSourceVolume");
        json.writeStringField("storagePoolId", volume.storagePoolId);
        json.writeBooleanField("timeStampIsAccurate", false);
        json.writeBooleanField("useRmcache", false);
        json.writeStringField("volumeReplicationState", "UnmarkedForReplication");
        json.writeStringField("volumeType", volume.kind.wireName());
        json.writeStringField("vtreeId", volume.vtreeId);
        json.writeEndObject();
    }

    /** {@code mappedSdcInfo} is null, not [], when unmapped: clients test for null. */
    private static void writeMappings(JsonGenerator json, VolumeEntity volume, ClusterState state) throws IOException {
        if (volume.mappings.isEmpty()) {
            json.writeNullField("mappedSdcInfo");
            return;
        }
        json.writeArrayFieldStart("mappedSdcInfo");
        for (MappingEntity mapping : volume.mappings) {
            SdcEntity sdc = state.sdcs.get(mapping.sdcId);
            json.writeStartObject();
            json.writeStringField("accessMode", mapping.accessMode);
            json.writeBooleanField("isDirectBufferMapping", false);
            json.writeNumberField("limitBwInMbps", mapping.bandwidthLimitInKbps / 1024);
            json.writeNumberField("limitIops", mapping.iopsLimit);
            json.writeStringField("sdcId", mapping.sdcId);
            json.writeStringField("sdcIp", sdc == null ? null : sdc.ip);
            json.writeStringField("sdcName", sdc == null ? null : sdc.name);
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
