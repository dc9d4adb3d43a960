package io.arrowhead.scaleio.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.internal.Json;

class VolumeFixturesTest {

    private static List<Volume> volumes() throws Exception {
        return Json.readList(Fixtures.read("volumes.json"), Volume.class);
    }

    @Test
    void anUnmappedVolumeHasNoMappingsRatherThanNull() throws Exception {
        Volume unmapped = volumes().get(0);

        assertEquals("993a355d00000000", unmapped.id());
        assertEquals("volume1-16", unmapped.name());
        assertEquals(List.of(), unmapped.mappedSdcInfo());
        assertFalse(unmapped.isMapped());
        assertEquals(Optional.empty(), unmapped.mappingOf("6076fd1100000002"));
        assertEquals(16777216L, unmapped.sizeInKb());
        assertEquals(16.0, unmapped.sizeInGib());
        assertEquals(VolumeType.THIN_PROVISIONED, unmapped.volumeType());
        assertFalse(unmapped.isSnapshot());
        assertEquals(Instant.parse("2019-11-27T19:23:00Z"), unmapped.created());
        assertEquals("252fd6e300000000", unmapped.vtreeId());
        assertEquals("40395b7b00000000", unmapped.storagePoolId());
        assertNull(unmapped.ancestorVolumeId());
        assertFalse(unmapped.isObfuscated());
        assertFalse(unmapped.mappingToAllSdcsEnabled());
        assertEquals("ReadWrite", unmapped.accessModeLimit());
    }

    @Test
    void aMappedVolumeCarriesItsMappingAndLimits() throws Exception {
        Volume mapped = volumes().get(1);

        assertTrue(mapped.isMapped());
        MappedSdcInfo mapping = mapped.mappingOf("6076FD1100000002").orElseThrow();
        assertEquals("6076fd1100000002", mapping.sdcId());
        assertEquals("100.127.0.12", mapping.sdcIp());
        assertNull(mapping.sdcName());
        assertEquals(1000L, mapping.limitIops());
        assertEquals(10L, mapping.limitBwInMbps());
        assertEquals("ReadWrite", mapping.accessMode());
        assertFalse(mapping.isDirectBufferMapping());
    }

    @Test
    void theSingleVolumeAnswerReadsLikeTheListEntry() throws Exception {
        assertEquals(volumes().get(1), Json.read(Fixtures.read("volume_mapped.json"), Volume.class));
    }

    @Test
    void aSnapshotNamesItsAncestorAndGroup() throws Exception {
        Volume snapshot = volumes().get(2);

        assertEquals("993a5c6d00000002", snapshot.id());
        assertEquals(VolumeType.SNAPSHOT, snapshot.volumeType());
        assertTrue(snapshot.isSnapshot());
        assertEquals("993a355e00000001", snapshot.ancestorVolumeId());
        assertEquals("77fc9ce100000001", snapshot.consistencyGroupId());
        assertEquals("252fd6e400000001", snapshot.vtreeId());
        assertEquals("ReadOnly", snapshot.accessModeLimit());
        assertFalse(snapshot.isMapped());
        assertEquals(List.of("self", "/api/Volume/relationship/Statistics", "/api/parent/relationship/ancestorVolumeId",
                "/api/parent/relationship/vtreeId", "/api/parent/relationship/storagePoolId"),
                snapshot.links().stream().map(Link::rel).toList());
        assertEquals(Optional.of("/api/instances/Volume::993a355e00000001"),
                snapshot.link("/api/parent/relationship/ancestorVolumeId"));
    }

    @Test
    void unknownTypesNullsAndMissingFieldsAreTolerated() throws Exception {
        Volume volume = Json.read("{\"id\":\"993a355d00000000\",\"volumeType\":\"NewKindOfVolume\","
                + "\"creationTime\":null,\"links\":null,\"futureField\":{\"x\":1}}", Volume.class);

        assertEquals(VolumeType.UNKNOWN, volume.volumeType());
        assertNull(volume.created());
        assertEquals(List.of(), volume.links());
        assertEquals(List.of(), volume.mappedSdcInfo());
        assertEquals(Optional.empty(), volume.link("self"));
    }

    @Test
    void volumeTypesMatchInAnyCase() throws Exception {
        assertEquals(VolumeType.THICK_PROVISIONED,
                Json.read("{\"volumeType\":\"thickprovisioned\"}", Volume.class).volumeType());
    }
}
