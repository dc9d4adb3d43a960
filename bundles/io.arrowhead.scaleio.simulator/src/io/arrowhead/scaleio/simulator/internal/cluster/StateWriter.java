package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Serialises the whole cluster state for {@link StatePersistence}: every entity field, the scenario seed and the
 * id marks of the {@link IdLedger}, and the sequence number of the last journaled change it holds (see
 * {@link Journal}; readers that predate the journal ignore it). The caller holds the state's read lock.
 */
final class StateWriter {

    static final String FORMAT = "arrowhead-scaleio-simulator-state";
    static final int FORMAT_VERSION = 1;

    private StateWriter() {
    }

    static byte[] serialize(ClusterState state, Map<String, String> idMarks, long seed, long journalSequence) {
        return JsonRenderer.render(json -> write(json, state, idMarks, seed, journalSequence));
    }

    private static void write(JsonGenerator json, ClusterState state, Map<String, String> idMarks, long seed,
            long journalSequence) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("formatVersion", FORMAT_VERSION);
        json.writeNumberField("seed", seed);
        json.writeNumberField("journalSequence", journalSequence);
        json.writeObjectFieldStart("idMarks");
        for (Map.Entry<String, String> mark : idMarks.entrySet()) {
            json.writeStringField(mark.getKey(), mark.getValue());
        }
        json.writeEndObject();
        SystemEntity system = state.system;
        json.writeObjectFieldStart("system");
        json.writeStringField("id", system.id);
        json.writeStringField("name", system.name);
        json.writeStringField("installId", system.installId);
        json.writeNumberField("installedAt", system.installedAt);
        json.writeStringField("systemVersionName", system.systemVersionName);
        json.writeStringField("softwareVersion", system.softwareVersion);
        json.writeEndObject();
        writeTopology(json, state);
        json.writeArrayFieldStart("volumes");
        for (VolumeEntity volume : state.volumes.values()) {
            writeVolume(json, volume);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sdcs");
        for (SdcEntity sdc : state.sdcs.values()) {
            json.writeStartObject();
            json.writeStringField("id", sdc.id);
            json.writeStringField("name", sdc.name);
            json.writeStringField("guid", sdc.guid);
            json.writeStringField("ip", sdc.ip);
            json.writeBooleanField("connected", sdc.connected);
            json.writeStringField("versionInfo", sdc.versionInfo);
            json.writeStringField("kernelVersion", sdc.kernelVersion);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeTopology(JsonGenerator json, ClusterState state) throws IOException {
        json.writeArrayFieldStart("protectionDomains");
        for (ProtectionDomainEntity domain : state.protectionDomains.values()) {
            json.writeStartObject();
            json.writeStringField("id", domain.id);
            json.writeStringField("name", domain.name);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("faultSets");
        for (FaultSetEntity faultSet : state.faultSets.values()) {
            json.writeStartObject();
            json.writeStringField("id", faultSet.id);
            json.writeStringField("name", faultSet.name);
            json.writeStringField("protectionDomainId", faultSet.protectionDomainId);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sdss");
        for (SdsEntity sds : state.sdss.values()) {
            json.writeStartObject();
            json.writeStringField("id", sds.id);
            json.writeStringField("name", sds.name);
            json.writeStringField("protectionDomainId", sds.protectionDomainId);
            json.writeStringField("faultSetId", sds.faultSetId);
            json.writeStringField("ip", sds.ip);
            json.writeBooleanField("connected", sds.connected);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("storagePools");
        for (StoragePoolEntity pool : state.storagePools.values()) {
            json.writeStartObject();
            json.writeStringField("id", pool.id);
            json.writeStringField("name", pool.name);
            json.writeStringField("protectionDomainId", pool.protectionDomainId);
            json.writeNumberField("sparePercentage", pool.sparePercentage);
            json.writeStringField("mediaType", pool.mediaType);
            json.writeStringField("dataLayout", pool.dataLayout);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("devices");
        for (DeviceEntity device : state.devices.values()) {
            json.writeStartObject();
            json.writeStringField("id", device.id);
            json.writeStringField("name", device.name);
            json.writeStringField("sdsId", device.sdsId);
            json.writeStringField("storagePoolId", device.storagePoolId);
            json.writeStringField("path", device.path);
            json.writeNumberField("capacityInKb", device.capacityInKb);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("vtrees");
        for (VTreeEntity vtree : state.vtrees.values()) {
            json.writeStartObject();
            json.writeStringField("id", vtree.id);
            json.writeStringField("baseVolumeId", vtree.baseVolumeId);
            json.writeStringField("storagePoolId", vtree.storagePoolId);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeVolume(JsonGenerator json, VolumeEntity volume) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", volume.id);
        json.writeStringField("name", volume.name);
        json.writeStringField("storagePoolId", volume.storagePoolId);
        json.writeStringField("vtreeId", volume.vtreeId);
        json.writeStringField("kind", volume.kind.name());
        json.writeNumberField("sizeInKb", volume.sizeInKb);
        json.writeNumberField("creationTime", volume.creationTime);
        json.writeStringField("ancestorVolumeId", volume.ancestorVolumeId);
        json.writeStringField("consistencyGroupId", volume.consistencyGroupId);
        json.writeStringField("accessModeLimit", volume.accessModeLimit);
        json.writeNumberField("writtenKb", volume.writtenKb);
        json.writeArrayFieldStart("mappings");
        for (MappingEntity mapping : volume.mappings) {
            json.writeStartObject();
            json.writeStringField("sdcId", mapping.sdcId);
            json.writeStringField("accessMode", mapping.accessMode);
            json.writeNumberField("iopsLimit", mapping.iopsLimit);
            json.writeNumberField("bandwidthLimitInKbps", mapping.bandwidthLimitInKbps);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
