package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** Mapping volumes to SDCs, unmapping them and limiting each mapping, with the gateway's refusals. */
class MappingRoundTripTest {

    private SimulatedGateway gateway;
    private GatewayClient client;
    private String volumeId;
    private Sdc first;
    private Sdc second;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = SimulatedGateway.start();
        client = gateway.client();
        String poolId = client.storagePools().get(0).id();
        volumeId = client.createVolume(VolumeRequest.ofGib(poolId, "mapped-volume", 8, VolumeType.THIN_PROVISIONED));
        List<Sdc> sdcs = client.sdcs();
        first = sdcs.get(0);
        second = sdcs.get(1);
    }

    @AfterEach
    void stopGateway() throws IOException {
        gateway.close();
    }

    @Test
    void aMappingBySdcIdShowsInTheVolume() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);

        Volume volume = client.get(ObjectType.VOLUME, volumeId);
        MappedSdcInfo mapping = volume.mappingOf(first.id()).orElseThrow();

        assertTrue(volume.isMapped());
        assertEquals(1, volume.mappedSdcInfo().size());
        assertEquals(first.sdcIp(), mapping.sdcIp());
        assertEquals("ReadWrite", mapping.accessMode());
        assertEquals(List.of(volumeId), client.related(ObjectType.SDC, first.id(), ObjectType.VOLUME).stream()
                .map(Volume::id).filter(volumeId::equals).toList());
    }

    @Test
    void aMappingByGuidFindsTheSdcWhateverTheCase() throws IOException {
        client.mapVolume(volumeId, SdcRef.guid(first.sdcGuid().toLowerCase(Locale.ROOT)), false, AccessMode.READ_ONLY);

        MappedSdcInfo mapping = client.get(ObjectType.VOLUME, volumeId).mappingOf(first.id()).orElseThrow();

        assertEquals("ReadOnly", mapping.accessMode());
    }

    @Test
    void mappingTwiceToTheSameSdcIsCode81() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);

        GatewayException again = assertThrows(GatewayException.class,
                () -> client.mapVolume(volumeId, SdcRef.id(first.id()), true, null));

        assertEquals(GatewayErrorCode.VOL_ALREADY_MAPPED_TO_THIS_INI, again.errorCode());
        assertEquals("The volume is already mapped to this SDC", again.gatewayMessage());
    }

    @Test
    void aSecondSdcNeedsMultipleMappingsAllowed() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);

        GatewayException single = assertThrows(GatewayException.class,
                () -> client.mapVolume(volumeId, SdcRef.id(second.id()), false, null));
        assertEquals(1, client.get(ObjectType.VOLUME, volumeId).mappedSdcInfo().size());

        client.mapVolume(volumeId, SdcRef.id(second.id()), true, null);
        assertEquals(500, single.httpStatus());
        assertEquals(2, client.get(ObjectType.VOLUME, volumeId).mappedSdcInfo().size());
    }

    @Test
    void unmappingAnSdcThatIsNotMappedIsCode84() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);

        client.unmapVolume(volumeId, SdcRef.id(first.id()));
        GatewayException again = assertThrows(GatewayException.class,
                () -> client.unmapVolume(volumeId, SdcRef.id(first.id())));

        assertEquals(GatewayErrorCode.VOL_NOT_MAPPED_TO_INI, again.errorCode());
        Volume volume = client.get(ObjectType.VOLUME, volumeId);
        assertFalse(volume.isMapped());
        assertTrue(volume.mappedSdcInfo().isEmpty());
    }

    @Test
    void unmappingFromAllSdcsClearsEveryMapping() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), true, null);
        client.mapVolume(volumeId, SdcRef.guid(second.sdcGuid()), true, null);

        client.unmapVolumeFromAllSdcs(volumeId);

        assertFalse(client.get(ObjectType.VOLUME, volumeId).isMapped());
    }

    @Test
    void limitsAreReadBackInIopsAndMbps() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);

        client.setMappedSdcLimits(volumeId, SdcRef.id(first.id()), 1000, 10240);
        MappedSdcInfo limited = client.get(ObjectType.VOLUME, volumeId).mappingOf(first.id()).orElseThrow();
        client.setMappedSdcLimits(volumeId, SdcRef.guid(first.sdcGuid()), 0, 0);
        MappedSdcInfo unlimited = client.get(ObjectType.VOLUME, volumeId).mappingOf(first.id()).orElseThrow();

        assertEquals(Long.valueOf(1000), limited.limitIops());
        assertEquals(Long.valueOf(10), limited.limitBwInMbps());
        assertEquals(Long.valueOf(0), unlimited.limitIops());
        assertEquals(Long.valueOf(0), unlimited.limitBwInMbps());
    }

    @Test
    void limitsOutsideTheGatewayRulesAreRefusedAndChangeNothing() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);
        client.setMappedSdcLimits(volumeId, SdcRef.id(first.id()), 500, 2048);

        GatewayException iops = assertThrows(GatewayException.class,
                () -> client.setMappedSdcLimits(volumeId, SdcRef.id(first.id()), 10, 0));
        GatewayException bandwidth = assertThrows(GatewayException.class,
                () -> client.setMappedSdcLimits(volumeId, SdcRef.id(first.id()), 0, 1000));

        assertEquals(400, iops.httpStatus());
        assertEquals(400, bandwidth.httpStatus());
        MappedSdcInfo mapping = client.get(ObjectType.VOLUME, volumeId).mappingOf(first.id()).orElseThrow();
        assertEquals(Long.valueOf(500), mapping.limitIops());
        assertEquals(Long.valueOf(2), mapping.limitBwInMbps());
    }

    @Test
    void limitsOnAnUnmappedSdcAreRefused() {
        GatewayException refused = assertThrows(GatewayException.class,
                () -> client.setMappedSdcLimits(volumeId, SdcRef.id(first.id()), 500, 0));

        assertEquals(GatewayErrorCode.VOL_NOT_MAPPED_TO_INI, refused.errorCode());
    }

    @Test
    void aMappedVolumeCannotBeRemoved() throws IOException {
        client.mapVolume(volumeId, SdcRef.id(first.id()), false, null);

        GatewayException refused = assertThrows(GatewayException.class,
                () -> client.removeVolume(volumeId, RemoveMode.ONLY_ME));

        assertEquals(GatewayErrorCode.VOL_MAPPED, refused.errorCode());
        assertEquals("Volume is mapped", refused.gatewayMessage());
        assertTrue(client.get(ObjectType.VOLUME, volumeId).isMapped());
    }

    @Test
    void anUnknownSdcIsRefused() throws IOException {
        GatewayException refused = assertThrows(GatewayException.class,
                () -> client.mapVolume(volumeId, SdcRef.id("fedcba9876543210"), false, null));

        assertEquals(500, refused.httpStatus());
        assertFalse(client.get(ObjectType.VOLUME, volumeId).isMapped());
    }
}
