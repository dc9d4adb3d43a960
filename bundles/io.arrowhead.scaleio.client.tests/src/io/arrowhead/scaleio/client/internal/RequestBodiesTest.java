package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.SnapshotDefinition;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.VolumeType;

class RequestBodiesTest {

    private static JsonNode fixture(String name) throws Exception {
        return Fixtures.json(Fixtures.read(name));
    }

    @Test
    void createVolumeMatchesTheFixture() throws Exception {
        VolumeRequest request = new VolumeRequest("40395b7b00000000", "vol-demo-01", 10485760L, null,
                VolumeType.THIN_PROVISIONED, "74d855a900000000");

        assertEquals(fixture("create_volume_request.json"), RequestBodies.createVolume(request));
    }

    @Test
    void createVolumeInGibLeavesOutWhatIsNotGiven() throws Exception {
        JsonNode body = RequestBodies.createVolume(
                VolumeRequest.ofGib("40395b7b00000000", null, 16, VolumeType.THICK_PROVISIONED));

        assertEquals(Fixtures.json("{\"storagePoolId\":\"40395b7b00000000\",\"volumeSizeInGb\":\"16\","
                + "\"volumeType\":\"ThickProvisioned\"}"), body);
    }

    @Test
    void snapshotVolumesMatchesTheFixture() throws Exception {
        JsonNode body = RequestBodies.snapshotVolumes(
                List.of(new SnapshotDefinition("993a355e00000001", "volume2-16-snap")));

        assertEquals(fixture("snapshot_volumes_request.json"), body);
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.snapshotVolumes(List.of()));
    }

    @Test
    void everyValueIsAString() {
        List<JsonNode> bodies = List.of(
                RequestBodies.volumeSize(16),
                RequestBodies.mapVolume(SdcRef.id("6076fd1100000002"), true, null),
                RequestBodies.mappedSdcLimits(SdcRef.guid("B71F01AE-FF7A-47C5-A303-583FFD416818"), 500, 2048),
                RequestBodies.unmapVolumeFromAllSdcs(),
                RequestBodies.createVolume(VolumeRequest.ofKib("40395b7b00000000", "v", 8388608,
                        VolumeType.THIN_PROVISIONED)));
        for (JsonNode body : bodies) {
            body.properties().forEach(field -> assertTrue(field.getValue().isTextual(), body::toString));
        }
        assertEquals("TRUE", bodies.get(1).get("allowMultipleMappings").textValue());
        assertEquals("TRUE", bodies.get(3).get("allSdcs").textValue());
        assertEquals("2048", bodies.get(2).get("bandwidthLimitInKbps").textValue());
    }

    @Test
    void refusesValuesTheGatewayCouldNeverAccept() {
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.volumeSize(0));
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.renameVolume(" "));
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.sdcName(null));
        assertThrows(IllegalArgumentException.class,
                () -> RequestBodies.mappedSdcLimits(SdcRef.id("6076fd1100000002"), -1, 0));
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.queryIdByKey("name", ""));
    }
}
