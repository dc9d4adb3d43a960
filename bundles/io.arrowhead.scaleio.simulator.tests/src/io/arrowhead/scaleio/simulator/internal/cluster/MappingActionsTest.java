package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class MappingActionsTest {

    private final SimulatedCluster cluster = ClusterTestSupport.small();
    private final List<String> sdcs = ClusterTestSupport.sdcIds(cluster);
    private final String volumeId = createVolume(cluster, "mapped", 16);

    @Test
    void goscaleioMapsAndSetsLimitsThatReadBackInMbps() {
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "\"allowMultipleMappings\":\"FALSE\""))
                .assertEmptyObject();
        post(cluster, action(volumeId, "setMappedSdcLimits"),
                sdc(0, "\"bandwidthLimitInKbps\":\"10240\",\"iopsLimit\":\"1000\"")).assertEmptyObject();
        JsonNode info = volume(cluster, volumeId).path("mappedSdcInfo");
        assertEquals(1, info.size());
        JsonNode mapping = info.get(0);
        assertEquals(sdcs.get(0), mapping.path("sdcId").asText());
        assertEquals("ReadWrite", mapping.path("accessMode").asText());
        assertEquals(1000, mapping.path("limitIops").asLong());
        assertEquals(10, mapping.path("limitBwInMbps").asLong());
        JsonNode sdc = get(cluster, "/api/instances/Sdc::" + sdcs.get(0)).json();
        assertEquals(sdc.path("sdcIp").asText(), mapping.path("sdcIp").asText());
        assertEquals(sdc.path("name").asText(), mapping.path("sdcName").asText());
    }

    @Test
    void pyPowerFlexMapsSeveralSdcsWithTrueAsTitleCase() {
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "\"allowMultipleMappings\":\"True\"")).assertOk();
        post(cluster, action(volumeId, "addMappedSdc"), sdc(1, "\"allowMultipleMappings\":\"True\"")).assertOk();
        post(cluster, action(volumeId, "setMappedSdcLimits"),
                sdc(1, "\"bandwidthLimitInKbps\":\"2048\",\"iopsLimit\":\"500\"")).assertOk();
        JsonNode info = volume(cluster, volumeId).path("mappedSdcInfo");
        assertEquals(2, info.size());
        assertEquals(2, info.get(1).path("limitBwInMbps").asLong());
        assertEquals(0, info.get(0).path("limitIops").asLong());
    }

    @Test
    void mappingTwiceOrToASecondSdcWithoutMultipleMappingsIsRefused() {
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "\"allowMultipleMappings\":\"false\"")).assertOk();
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "\"allowMultipleMappings\":\"TRUE\""))
                .assertError(500, 81, "The volume is already mapped to this SDC");
        post(cluster, action(volumeId, "addMappedSdc"), sdc(1, "\"allowMultipleMappings\":\"FALSE\",\"allSdcs\":\"\""))
                .assertError(500, 306, "Only a single SDC may be mapped to this volume at a time");
        post(cluster, action(volumeId, "addMappedSdc"), "{\"sdcId\":\"0123456789abcdef\"}")
                .assertError(500, 80, "Could not find the SDC");
        post(cluster, action(volumeId, "addMappedSdc"), "{\"allowMultipleMappings\":\"FALSE\"}").assertError(400, 0,
                "Request message is not valid: The following parameter(s) must be part of the request body: sdcId.");
        post(cluster, action(volumeId, "addMappedSdc"), sdc(1, "\"allowMultipleMappings\":\"maybe\"")).assertError(
                400, 0, "Request message is not valid: allowMultipleMappings must be TRUE or FALSE, but its value is "
                        + "maybe.");
    }

    @Test
    void osBrickMapsAndUnmapsByGuidInAnyCase() {
        String guid = get(cluster, "/api/instances/Sdc::" + sdcs.get(2)).json().path("sdcGuid").asText();
        post(cluster, action(volumeId, "addMappedSdc"),
                "{\"guid\":\"" + guid.toLowerCase() + "\",\"allowMultipleMappings\":\"TRUE\"}").assertOk();
        assertEquals(sdcs.get(2), volume(cluster, volumeId).path("mappedSdcInfo").get(0).path("sdcId").asText());
        post(cluster, action(volumeId, "setMappedSdcLimits"), "{\"guid\":\"" + guid + "\",\"iopsLimit\":\"0\"}")
                .assertOk();
        post(cluster, action(volumeId, "removeMappedSdc"), "{\"guid\":\"" + guid + "\"}").assertOk();
        assertTrue(volume(cluster, volumeId).get("mappedSdcInfo").isNull());
        post(cluster, action(volumeId, "addMappedSdc"), "{\"guid\":\"00000000-0000-4000-8000-000000000000\"}")
                .assertError(500, 80, "Could not find the SDC");
    }

    @Test
    void unmappingAnSdcThatIsNotMappedIsRefused() {
        post(cluster, action(volumeId, "removeMappedSdc"), sdc(0, "\"ignoreScsiInitiators\":\"true\""))
                .assertError(500, 84, "The volume is not mapped to SDC");
        post(cluster, action(volumeId, "setMappedSdcLimits"), sdc(0, "\"iopsLimit\":\"100\""))
                .assertError(500, 84, "The volume is not mapped to SDC");
    }

    @Test
    void allSdcsRemovesEveryMapping() {
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "\"allowMultipleMappings\":\"TRUE\"")).assertOk();
        post(cluster, action(volumeId, "addMappedSdc"), sdc(1, "\"allowMultipleMappings\":\"TRUE\"")).assertOk();
        post(cluster, action(volumeId, "removeMappedSdc"), "{\"allSdcs\":\"true\",\"skipApplianceValidation\":\"TRUE\"}")
                .assertEmptyObject();
        assertTrue(volume(cluster, volumeId).get("mappedSdcInfo").isNull());
    }

    @Test
    void qosLimitsAreValidated() {
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "")).assertOk();
        post(cluster, action(volumeId, "setMappedSdcLimits"), sdc(0, "\"iopsLimit\":\"10\"")).assertError(400, 0,
                "Request message is not valid: iopsLimit must be 0 (unlimited) or at least 11, but its value is 10.");
        post(cluster, action(volumeId, "setMappedSdcLimits"), sdc(0, "\"bandwidthLimitInKbps\":\"1000\""))
                .assertError(400, 0, "Request message is not valid: bandwidthLimitInKbps must be 0 (unlimited) or a "
                        + "multiple of 1024, but its value is 1000.");
        post(cluster, action(volumeId, "setMappedSdcLimits"), sdc(0, "\"iopsLimit\":\"11\"")).assertOk();
        assertEquals(11, volume(cluster, volumeId).path("mappedSdcInfo").get(0).path("limitIops").asLong());
    }

    @Test
    void accessModesStayWithinTheVolumeLimit() {
        post(cluster, action(volumeId, "addMappedSdc"), sdc(0, "\"accessMode\":\"ReadOnly\"")).assertOk();
        post(cluster, action(volumeId, "setVolumeMappingAccessMode"), sdc(0, "\"accessMode\":\"ReadWrite\""))
                .assertEmptyObject();
        assertEquals("ReadWrite", volume(cluster, volumeId).path("mappedSdcInfo").get(0).path("accessMode").asText());
        post(cluster, action(volumeId, "setVolumeAccessModeLimit"), "{\"accessModeLimit\":\"ReadOnly\"}")
                .assertEmptyObject();
        JsonNode volume = volume(cluster, volumeId);
        assertEquals("ReadOnly", volume.path("accessModeLimit").asText());
        assertEquals("ReadOnly", volume.path("mappedSdcInfo").get(0).path("accessMode").asText());
        assertEquals(400, post(cluster, action(volumeId, "setVolumeMappingAccessMode"),
                sdc(0, "\"accessMode\":\"ReadWrite\"")).status());
        post(cluster, action(volumeId, "setVolumeMappingAccessMode"), sdc(0, "\"accessMode\":\"Sometimes\""))
                .assertError(400, 0, "accessMode should get one of the following values: ReadOnly, ReadWrite, "
                        + "NoAccess, but its value is Sometimes.");
    }

    private String sdc(int index, String moreFields) {
        return "{\"sdcId\":\"" + sdcs.get(index) + "\"" + (moreFields.isEmpty() ? "" : "," + moreFields) + "}";
    }
}
