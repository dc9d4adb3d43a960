package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The System object shaped like fixtures/system_instances.json. The MDM cluster (three nodes: master, slave,
 * tie-breaker) is derived from the system id, so it is stable without being stored.
 */
final class SystemJson {

    private static final long SECONDS_PER_DAY = 86_400L;

    private SystemJson() {
    }

    static void write(JsonGenerator json, SystemEntity system, Clock clock) throws IOException {
        json.writeStartObject();
        json.writeStringField("authenticationMethod", "Native");
        json.writeNumberField("capacityAlertCriticalThresholdPercent", 90);
        json.writeNumberField("capacityAlertHighThresholdPercent", 80);
        json.writeStringField("capacityTimeLeftInDays", "Unlimited");
        json.writeBooleanField("cliPasswordAllowed", true);
        json.writeNumberField("daysInstalled",
                Math.max(0, (clock.instant().getEpochSecond() - system.installedAt) / SECONDS_PER_DAY));
        json.writeBooleanField("defaultIsVolumeObfuscated", false);
        json.writeBooleanField("enterpriseFeaturesEnabled", true);
        json.writeStringField("id", system.id);
        json.writeStringField("installId", system.installId);
        json.writeBooleanField("isInitialLicense", true);
        JsonRenderer.links(json, WireType.SYSTEM, system.id);
        json.writeBooleanField("managementClientSecureCommunicationEnabled", true);
        json.writeStringField("maxCapacityInGb", "Unlimited");
        writeMdmCluster(json, system);
        json.writeNumberField("mdmManagementPort", 6611);
        json.writeStringField("mdmToSdsPolicy", "Authentication");
        json.writeStringField("name", system.name);
        json.writeStringField("perfProfile", "Default");
        json.writeBooleanField("remoteReadOnlyLimitState", false);
        json.writeStringField("restrictedSdcMode", "None");
        json.writeBooleanField("restrictedSdcModeEnabled", false);
        json.writeObjectFieldStart("sdcSdsConnectivityInfo");
        for (String field : List.of("disconnectedSdcId", "disconnectedSdcName", "disconnectedSdsId",
                "disconnectedSdsIp", "disconnectedSdsName")) {
            json.writeNullField(field);
        }
        json.writeStringField("sdcSdsConnectivityStatus", "AllConnected");
        json.writeEndObject();
        json.writeBooleanField("showGuid", true);
        json.writeStringField("swid", "");
        json.writeStringField("systemVersionName", system.systemVersionName);
        json.writeStringField("tlsVersion", "TLSv1.2");
        json.writeStringField("upgradeState", "NoUpgrade");
        json.writeEndObject();
    }

    private static void writeMdmCluster(JsonGenerator json, SystemEntity system) throws IOException {
        SplittableRandom derived = new SplittableRandom(Long.parseUnsignedLong(system.id, 16));
        json.writeObjectFieldStart("mdmCluster");
        json.writeStringField("clusterMode", "ThreeNodes");
        json.writeStringField("clusterState", "ClusteredNormal");
        json.writeNumberField("goodNodesNum", 3);
        json.writeNumberField("goodReplicasNum", 2);
        json.writeStringField("id", Long.toString(derived.nextLong() & Long.MAX_VALUE));
        json.writeFieldName("master");
        writeNode(json, derived, "Manager1", "10.0.0.10", "Manager", system.softwareVersion, false);
        json.writeArrayFieldStart("slaves");
        writeNode(json, derived, "Manager2", "10.0.0.11", "Manager", system.softwareVersion, true);
        json.writeEndArray();
        json.writeArrayFieldStart("tieBreakers");
        writeNode(json, derived, "Tie-Breaker1", "10.0.0.12", "TieBreaker", system.softwareVersion, true);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNode(JsonGenerator json, SplittableRandom derived, String name, String ip, String role,
            String version, boolean withStatus) throws IOException {
        boolean tieBreaker = "TieBreaker".equals(role);
        json.writeStartObject();
        json.writeStringField("id", String.format("%016x", derived.nextLong()));
        JsonRenderer.stringArray(json, "ips", List.of(ip));
        JsonRenderer.stringArray(json, "managementIPs", List.of(ip));
        json.writeStringField("name", name);
        json.writeStringField("opensslVersion", tieBreaker ? "N/A" : "OpenSSL 1.0.2k-fips  26 Jan 2017");
        json.writeNumberField("port", 9011);
        json.writeStringField("role", role);
        if (withStatus) {
            json.writeStringField("status", "Normal");
        }
        json.writeStringField("versionInfo", version);
        if (!tieBreaker) {
            json.writeArrayFieldStart("virtualInterfaces");
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
