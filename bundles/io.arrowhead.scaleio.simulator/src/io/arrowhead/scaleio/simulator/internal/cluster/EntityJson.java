package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonGenerator;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/** Renders any object of the model by its wire type. Callers hold the state's read (or write) lock. */
final class EntityJson {

    private final ClusterState state;
    private final Clock clock;

    EntityJson(ClusterState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    ApiResponse one(WireType type, Object entity) {
        return JsonRenderer.ok(json -> write(json, type, entity));
    }

    ApiResponse list(WireType type, Iterable<?> entities) {
        return JsonRenderer.ok(json -> array(json, type, entities));
    }

    void array(JsonGenerator json, WireType type, Iterable<?> entities) throws IOException {
        json.writeStartArray();
        for (Object entity : entities) {
            write(json, type, entity);
        }
        json.writeEndArray();
    }

    void write(JsonGenerator json, WireType type, Object entity) throws IOException {
        String systemId = state.system.id;
        switch (type) {
            case SYSTEM -> SystemJson.write(json, (SystemEntity) entity, clock);
            case PROTECTION_DOMAIN -> TopologyJson.protectionDomain(json, (ProtectionDomainEntity) entity, systemId);
            case STORAGE_POOL -> TopologyJson.storagePool(json, (StoragePoolEntity) entity);
            case SDS -> ServerJson.sds(json, (SdsEntity) entity, state.system.softwareVersion);
            case DEVICE -> {
                DeviceEntity device = (DeviceEntity) entity;
                StoragePoolEntity pool = state.storagePools.get(device.storagePoolId);
                ServerJson.device(json, device, pool == null ? "HDD" : pool.mediaType);
            }
            case VOLUME -> VolumeJson.write(json, (VolumeEntity) entity, state);
            case VTREE -> TopologyJson.vtree(json, (VTreeEntity) entity);
            case SDC -> SdcJson.write(json, (SdcEntity) entity, systemId);
            case FAULT_SET -> TopologyJson.faultSet(json, (FaultSetEntity) entity);
            case USER, RFCACHE_DEVICE, SNAPSHOT_POLICY ->
                throw new IllegalStateException("No objects of type " + type.wireName());
        }
    }
}
