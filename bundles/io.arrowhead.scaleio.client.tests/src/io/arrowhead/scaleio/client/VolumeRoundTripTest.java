package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** Creating, renaming, growing and removing volumes, with every refusal a gateway gives. */
class VolumeRoundTripTest {

    private static final long GIB = Sizes.KIB_PER_GIB;

    private SimulatedGateway gateway;
    private GatewayClient client;
    private String poolId;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = SimulatedGateway.start();
        client = gateway.client();
        poolId = client.storagePools().get(0).id();
    }

    @AfterEach
    void stopGateway() throws IOException {
        gateway.close();
    }

    @Test
    void aSizeInGibIsRoundedUpToTheNext8GibStep() throws IOException {
        String id = client.createVolume(VolumeRequest.ofGib(poolId, "rounded-up", 10, VolumeType.THIN_PROVISIONED));

        Volume volume = client.get(ObjectType.VOLUME, id);

        assertEquals(16 * GIB, volume.sizeInKb());
        assertEquals(16.0, volume.sizeInGib());
        assertEquals(VolumeType.THIN_PROVISIONED, volume.volumeType());
        assertEquals(poolId, volume.storagePoolId());
        assertFalse(volume.isMapped());
        assertTrue(volume.mappedSdcInfo().isEmpty());
        assertEquals("/api/instances/Volume::" + id, volume.link("self").orElseThrow());
    }

    @Test
    void aThickVolumeCanBeCreatedInKib() throws IOException {
        String id = client.createVolume(VolumeRequest.ofKib(poolId, "thick-kib", 8 * GIB, VolumeType.THICK_PROVISIONED));

        Volume volume = client.get(ObjectType.VOLUME, id);

        assertEquals(8 * GIB, volume.sizeInKb());
        assertEquals(VolumeType.THICK_PROVISIONED, volume.volumeType());
        assertEquals(id, client.volumeIdByName("thick-kib"));
    }

    @Test
    void aNameInUseIsRefusedWithCode99AndNothingIsCreated() throws IOException {
        client.createVolume(VolumeRequest.ofGib(poolId, "taken", 8, VolumeType.THIN_PROVISIONED));
        int before = client.volumes().size();

        GatewayException refused = assertThrows(GatewayException.class,
                () -> client.createVolume(VolumeRequest.ofGib(poolId, "taken", 8, VolumeType.THIN_PROVISIONED)));

        assertEquals(500, refused.httpStatus());
        assertEquals(GatewayErrorCode.VOL_NAME_IN_USE, refused.errorCode());
        assertTrue(refused.is(GatewayErrorCode.VOL_NAME_IN_USE));
        assertEquals("Volume name already in use. Please use a different name.", refused.gatewayMessage());
        assertEquals(before, client.volumes().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "has space", "a-name-that-is-thirty-two-chars!", "tab\tname", "na\u00efve" })
    void invalidNamesAreRefusedAndNothingIsCreated(String name) throws IOException {
        int before = client.volumes().size();

        GatewayException refused = assertThrows(GatewayException.class,
                () -> client.createVolume(VolumeRequest.ofGib(poolId, name, 8, VolumeType.THIN_PROVISIONED)));

        assertFalse(refused.gatewayMessage().isBlank());
        assertEquals(before, client.volumes().size());
    }

    @Test
    void renameChangesTheNameAndRefusesANameInUse() throws IOException {
        String first = client.createVolume(VolumeRequest.ofGib(poolId, "first", 8, VolumeType.THIN_PROVISIONED));
        client.createVolume(VolumeRequest.ofGib(poolId, "second", 8, VolumeType.THIN_PROVISIONED));

        client.renameVolume(first, "first-renamed");
        GatewayException clash = assertThrows(GatewayException.class, () -> client.renameVolume(first, "second"));

        assertEquals("first-renamed", client.get(ObjectType.VOLUME, first).name());
        assertEquals(GatewayErrorCode.VOL_NAME_IN_USE, clash.errorCode());
    }

    @Test
    void aVolumeOnlyGrows() throws IOException {
        String id = client.createVolume(VolumeRequest.ofGib(poolId, "growing", 16, VolumeType.THIN_PROVISIONED));

        client.setVolumeSize(id, 24);
        GatewayException shrink = assertThrows(GatewayException.class, () -> client.setVolumeSize(id, 8));

        assertEquals(GatewayErrorCode.VOL_DECREASE_NOT_SUPPORTED, shrink.errorCode());
        assertEquals("Volume capacity can only be increased", shrink.gatewayMessage());
        assertEquals(24 * GIB, client.get(ObjectType.VOLUME, id).sizeInKb());
    }

    @Test
    void anUnknownVolumeIsCode79() throws IOException {
        String unknown = "0123456789abcdef";

        GatewayException read = assertThrows(GatewayException.class, () -> client.get(ObjectType.VOLUME, unknown));
        GatewayException remove = assertThrows(GatewayException.class,
                () -> client.removeVolume(unknown, RemoveMode.ONLY_ME));

        assertEquals(GatewayErrorCode.VOL_NOT_FOUND, read.errorCode());
        assertEquals("Could not find the volume", read.gatewayMessage());
        assertEquals(GatewayErrorCode.VOL_NOT_FOUND, remove.errorCode());
    }

    @Test
    void anUnknownNameIsCode3() {
        GatewayException notFound = assertThrows(GatewayException.class, () -> client.volumeIdByName("no-such-volume"));

        assertEquals(GatewayErrorCode.NOT_FOUND, notFound.errorCode());
    }

    @Test
    void aThickVolumeLargerThanThePoolHasLeftIsRefused() throws IOException {
        Long available = client.statistics(ObjectType.STORAGE_POOL, poolId)
                .kib("capacityAvailableForVolumeAllocationInKb");
        long tooManyGib = available / GIB + 8;
        int before = client.volumes().size();

        GatewayException refused = assertThrows(GatewayException.class, () -> client.createVolume(
                VolumeRequest.ofGib(poolId, "too-big", tooManyGib, VolumeType.THICK_PROVISIONED)));

        assertFalse(refused.gatewayMessage().isBlank());
        assertEquals(before, client.volumes().size());
    }

    @Test
    void removeModesDecideWhatGoesWithTheVolume() throws IOException {
        String base = client.createVolume(VolumeRequest.ofGib(poolId, "base", 8, VolumeType.THIN_PROVISIONED));
        String snapshot = snapshot(base, "base-snap");
        String grandchild = snapshot(snapshot, "base-snap-snap");

        client.removeVolume(snapshot, RemoveMode.DESCENDANTS_ONLY);
        assertEquals(List.of(base, snapshot), existing(base, snapshot, grandchild));

        client.removeVolume(base, RemoveMode.INCLUDING_DESCENDANTS);
        assertEquals(List.of(), existing(base, snapshot, grandchild));
    }

    @Test
    void removingOneSnapshotOfAVTreeCanTakeTheWholeTree() throws IOException {
        String base = client.createVolume(VolumeRequest.ofGib(poolId, "tree", 8, VolumeType.THIN_PROVISIONED));
        String snapshot = snapshot(base, "tree-snap");
        String vtreeId = client.get(ObjectType.VOLUME, base).vtreeId();

        client.removeVolume(snapshot, RemoveMode.WHOLE_VTREE);

        assertEquals(List.of(), existing(base, snapshot));
        assertFalse(client.vtrees().stream().anyMatch(vtree -> vtree.id().equals(vtreeId)));
    }

    @Test
    void onlyMeRemovesJustTheVolume() throws IOException {
        String base = client.createVolume(VolumeRequest.ofGib(poolId, "alone", 8, VolumeType.THIN_PROVISIONED));
        String other = client.createVolume(VolumeRequest.ofGib(poolId, "stays", 8, VolumeType.THIN_PROVISIONED));

        client.removeVolume(base, RemoveMode.ONLY_ME);

        assertEquals(List.of(other), existing(base, other));
        GatewayException again = assertThrows(GatewayException.class, () -> client.removeVolume(base, RemoveMode.ONLY_ME));
        assertEquals(GatewayErrorCode.VOL_NOT_FOUND, again.errorCode());
    }

    private String snapshot(String volumeId, String name) throws IOException {
        SnapshotGroup group = client.snapshotVolumes(gateway.simulator.systemId(),
                List.of(new SnapshotDefinition(volumeId, name)));
        return group.volumeIds().get(0);
    }

    private List<String> existing(String... ids) throws IOException {
        List<String> present = client.volumes().stream().map(Volume::id).toList();
        return java.util.Arrays.stream(ids).filter(present::contains).toList();
    }
}
