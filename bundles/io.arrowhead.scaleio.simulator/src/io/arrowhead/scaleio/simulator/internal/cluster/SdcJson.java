package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/** An Sdc object shaped like fixtures/sdcs.json. */
final class SdcJson {

    private SdcJson() {
    }

    static void write(JsonGenerator json, SdcEntity sdc, String systemId) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", sdc.id);
        json.writeStringField("installedSoftwareVersionInfo", sdc.versionInfo);
        json.writeNullField("kernelBuildNumber");
        json.writeStringField("kernelVersion", sdc.kernelVersion);
        JsonRenderer.links(json, WireType.SDC, sdc.id, "systemId", JsonRenderer.href(WireType.SYSTEM, systemId));
        json.writeStringField("mdmConnectionState", sdc.connected ? "Connected" : "Disconnected");
        json.writeNullField("memoryAllocationFailure");
        json.writeStringField("name", sdc.name);
        json.writeStringField("osType", "Linux");
        json.writeStringField("perfProfile", "Default");
        json.writeBooleanField("sdcApproved", true);
        JsonRenderer.stringArray(json, "sdcApprovedIps", List.of(sdc.ip));
        json.writeStringField("sdcGuid", sdc.guid);
        json.writeStringField("sdcIp", sdc.ip);
        json.writeNullField("socketAllocationFailure");
        json.writeStringField("softwareVersionInfo", sdc.versionInfo);
        json.writeStringField("systemId", systemId);
        json.writeStringField("versionInfo", sdc.versionInfo);
        json.writeEndObject();
    }
}
