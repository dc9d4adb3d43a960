package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonGenerator;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * Renders any object of the model by its wire type. Each object's JSON is kept ({@link KeptJson}) until an action
 * changes the object and {@link #forget}s it, so a list of 32,768 volumes is joined from ready bytes instead of
 * rendered again on every read. Callers hold the state's read (or write) lock; actions forget under the write lock,
 * so no reader can keep what an action is changing. JSON that shows another object's fields: a volume shows the
 * name and IP of each SDC it is mapped to ({@link #forgetSdc}) and its pool's data layout, a device its pool's media
 * type, an SDS the system's version; pools and the system do not change once the cluster runs.
 */
final class EntityJson {

    private final ClusterState state;
    private final Clock clock;

    EntityJson(ClusterState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    ApiResponse one(WireType type, Object entity) {
        return ApiResponse.ok(json(type, entity));
    }

    ApiResponse list(WireType type, Iterable<?> entities) {
        return ApiResponse.ok(array(new JsonBytes(), type, entities).toBody());
    }

    JsonBytes array(JsonBytes body, WireType type, Iterable<?> entities) {
        return body.array(entities, entity -> json(type, entity));
    }

    /** The object's JSON. The System keeps none: it shows the days since installation. */
    byte[] json(WireType type, Object entity) {
        if (!(entity instanceof KeptJson kept)) {
            return JsonRenderer.render(json -> write(json, type, entity));
        }
        byte[] json = kept.keptJson;
        if (json == null) {
            json = JsonRenderer.render(generator -> write(generator, type, entity));
            kept.keptJson = json;
        }
        return json;
    }

    /** Drops the kept JSON of an object that changed. */
    void forget(Object entity) {
        if (entity instanceof KeptJson kept) {
            kept.keptJson = null;
        }
    }

    /** An SDC changed: it and every volume mapped to it, which shows the SDC's name and IP. */
    void forgetSdc(SdcEntity sdc) {
        forget(sdc);
        for (VolumeEntity volume : state.volumes.values()) {
            if (volume.mappingOf(sdc.id) != null) {
                forget(volume);
            }
        }
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
