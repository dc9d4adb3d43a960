package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.scaleio.client.model.VolumeType;

class ValueValidationTest {

    @ParameterizedTest
    @ValueSource(strings = { "../x", "a;b", "6076fd11 0000002", " 6076fd1100000002", "6076fd1100000002/", "",
        "6076fd110000000", "6076fd11000000022", "6076fd110000000g" })
    void sdcIdsMustBeSixteenHexDigits(String id) {
        assertThrows(IllegalArgumentException.class, () -> SdcRef.id(id));
    }

    @Test
    void sdcIdsAreKeptInLowerCase() {
        assertEquals(new SdcRef.ById("6076fd1100000002"), SdcRef.id("6076FD1100000002"));
    }

    @Test
    void sdcGuidsMustBeUuidsAndAreSentInUpperCase() {
        assertEquals("B71F01AE-FF7A-47C5-A303-583FFD416818",
                ((SdcRef.ByGuid) SdcRef.guid("b71f01ae-ff7a-47c5-a303-583ffd416818")).guid());
        assertThrows(IllegalArgumentException.class, () -> SdcRef.guid("../B71F01AE-FF7A-47C5-A303-583FFD416818"));
        assertThrows(IllegalArgumentException.class, () -> SdcRef.guid("B71F01AE FF7A 47C5 A303 583FFD416818"));
        assertThrows(IllegalArgumentException.class, () -> SdcRef.guid(null));
    }

    @Test
    void volumeRequestsTakeExactlyOneSize() {
        VolumeRequest inKib = VolumeRequest.ofKib("40395b7b00000000", "v", 10485760, VolumeType.THICK_PROVISIONED);
        assertEquals(10485760L, inKib.sizeInKb());
        assertNull(inKib.sizeInGb());
        assertThrows(IllegalArgumentException.class, () -> new VolumeRequest("40395b7b00000000", "v", 1L, 1L,
                VolumeType.THIN_PROVISIONED, null));
        assertThrows(IllegalArgumentException.class, () -> new VolumeRequest("40395b7b00000000", "v", null, null,
                VolumeType.THIN_PROVISIONED, null));
        assertThrows(IllegalArgumentException.class,
                () -> VolumeRequest.ofGib("40395b7b00000000", "v", 0, VolumeType.THIN_PROVISIONED));
    }

    @Test
    void volumeRequestsAreThinOrThickWithValidIds() {
        assertThrows(IllegalArgumentException.class,
                () -> VolumeRequest.ofGib("40395b7b00000000", "v", 8, VolumeType.SNAPSHOT));
        assertThrows(IllegalArgumentException.class,
                () -> VolumeRequest.ofGib("pool one", "v", 8, VolumeType.THIN_PROVISIONED));
        assertThrows(IllegalArgumentException.class, () -> new VolumeRequest("40395b7b00000000", "v", null, 8L,
                VolumeType.THIN_PROVISIONED, "a;b"));
        assertThrows(IllegalArgumentException.class,
                () -> VolumeRequest.ofGib("40395b7b00000000", " ", 8, VolumeType.THIN_PROVISIONED));
    }

    @Test
    void statisticsSelectionsCheckIdsAndTheSystemTakesNone() {
        assertNull(StatisticsSelection.system("maxCapacityInKb").ids());
        assertNull(StatisticsSelection.all(ObjectType.SDC, "numOfMappedVolumes").ids());
        assertEquals(List.of("993a355e00000001"),
                StatisticsSelection.of(ObjectType.VOLUME, List.of("993A355E00000001"), "userDataReadBwc").ids());
        assertThrows(IllegalArgumentException.class,
                () -> StatisticsSelection.of(ObjectType.SYSTEM, List.of("499634a44778afc0"), "maxCapacityInKb"));
        assertThrows(IllegalArgumentException.class,
                () -> StatisticsSelection.of(ObjectType.VOLUME, List.of("../x"), "userDataReadBwc"));
        assertThrows(IllegalArgumentException.class, () -> StatisticsSelection.all(ObjectType.VOLUME));
    }

    @Test
    void snapshotDefinitionsNeedAVolumeIdAndAName() {
        assertThrows(IllegalArgumentException.class, () -> new SnapshotDefinition("a;b", "snap"));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotDefinition("993a355e00000001", ""));
    }

    @Test
    void objectTypesAreFoundByWireName() {
        assertSame(ObjectType.VTREE, ObjectType.ofWireName("VTree"));
        assertSame(ObjectType.STORAGE_POOL, ObjectType.ofWireName("StoragePool"));
        assertEquals(io.arrowhead.scaleio.client.model.Sdc.class, ObjectType.SDC.modelClass());
        assertThrows(IllegalArgumentException.class, () -> ObjectType.ofWireName("../Volume"));
    }

    @Test
    void accessModesUseTheGatewaySpelling() {
        assertEquals("ReadWrite", AccessMode.READ_WRITE.wireName());
        assertEquals("NoAccess", AccessMode.NO_ACCESS.wireName());
    }
}
