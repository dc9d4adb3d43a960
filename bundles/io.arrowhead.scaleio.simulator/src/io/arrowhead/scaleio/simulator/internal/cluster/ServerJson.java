package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** SDSs and their devices (GATEWAY-API.md §2.2 field lists; keys alphabetical like the fixtures). */
final class ServerJson {

    private static final int SDS_PORT = 7072;

    private ServerJson() {
    }

    static void sds(JsonGenerator json, SdsEntity sds, String softwareVersion) throws IOException {
        json.writeStartObject();
        json.writeNullField("certificateInfo");
        json.writeStringField("drlMode", "Volatile");
        json.writeStringField("faultSetId", sds.faultSetId);
        json.writeStringField("id", sds.id);
        json.writeArrayFieldStart("ipList");
        json.writeStartObject();
        json.writeStringField("ip", sds.ip);
        json.writeStringField("role", "all");
        json.writeEndObject();
        json.writeEndArray();
        JsonRenderer.links(json, WireType.SDS, sds.id,
                "protectionDomainId", JsonRenderer.href(WireType.PROTECTION_DOMAIN, sds.protectionDomainId),
                "faultSetId", sds.faultSetId == null ? null : JsonRenderer.href(WireType.FAULT_SET, sds.faultSetId));
        json.writeStringField("maintenanceState", "NoMaintenance");
        json.writeStringField("mdmConnectionState", sds.connected ? "Connected" : "Disconnected");
        json.writeStringField("membershipState", "Joined");
        json.writeStringField("name", sds.name);
        json.writeBooleanField("onVmWare", false);
        json.writeStringField("perfProfile", "Default");
        json.writeNumberField("port", SDS_PORT);
        json.writeStringField("protectionDomainId", sds.protectionDomainId);
        json.writeBooleanField("rfcacheEnabled", true);
        json.writeBooleanField("rmcacheEnabled", true);
        json.writeNumberField("rmcacheSizeInKb", 131_072);
        json.writeStringField("sdsState", sds.connected ? "Normal" : "Disconnected");
        json.writeStringField("softwareVersionInfo", softwareVersion);
        json.writeEndObject();
    }

    static void device(JsonGenerator json, DeviceEntity device, String mediaType) throws IOException {
        json.writeStartObject();
        json.writeStringField("aggregatedState", "NeverFailed");
        json.writeNumberField("capacityLimitInKb", device.capacityInKb);
        json.writeStringField("deviceCurrentPathName", device.path);
        json.writeStringField("deviceOriginalPathName", device.path);
        json.writeStringField("deviceState", "Normal");
        json.writeStringField("errorState", "None");
        json.writeStringField("id", device.id);
        json.writeStringField("ledSetting", "Off");
        JsonRenderer.links(json, WireType.DEVICE, device.id,
                "sdsId", JsonRenderer.href(WireType.SDS, device.sdsId),
                "storagePoolId", JsonRenderer.href(WireType.STORAGE_POOL, device.storagePoolId));
        json.writeNumberField("maxCapacityInKb", device.capacityInKb);
        json.writeStringField("mediaType", mediaType);
        json.writeStringField("name", device.name);
        json.writeStringField("sdsId", device.sdsId);
        json.writeStringField("ssdEndOfLifeState", "NeverFailed");
        json.writeStringField("storagePoolId", device.storagePoolId);
        json.writeStringField("temperatureState", "NeverFailed");
        json.writeEndObject();
    }
}
