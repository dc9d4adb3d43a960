package io.arrowhead.scaleio.client.internal.read;

import static io.arrowhead.scaleio.client.internal.read.DatabindOracle.assertFailsAsDatabind;
import static io.arrowhead.scaleio.client.internal.read.DatabindOracle.assertReadsAsDatabind;
import static io.arrowhead.scaleio.client.internal.read.DatabindOracle.assertReadsListAsDatabind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VTree;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** The hand-written readers give exactly what databind gave, for the fixtures and for every odd shape. */
class ModelReaderTest {

    @Test
    void fixturesReadAsDatabindReadThem() throws Exception {
        assertReadsListAsDatabind(Fixtures.read("volumes.json"), Volume.class);
        assertReadsAsDatabind(Fixtures.read("volume_mapped.json"), Volume.class);
        assertReadsListAsDatabind(Fixtures.read("sdcs.json"), Sdc.class);
        assertReadsListAsDatabind(Fixtures.read("system_instances.json"), ScaleIoSystem.class);
        assertReadsListAsDatabind(Fixtures.read("protection_domains.json"), ProtectionDomain.class);
        assertReadsListAsDatabind(Fixtures.read("storage_pools.json"), StoragePool.class);
        assertEquals(3, Json.readList(Fixtures.read("volumes.json"), Volume.class).size());
        assertTrue(Json.read(Fixtures.read("volume_mapped.json"), Volume.class).isMapped());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"id\":\"a\",\"unknown\":{\"nested\":[1,{\"deep\":null}]},\"other\":[[],{}],\"sizeInKb\":8388608}",
        "{\"volumeType\":\"NewKindOfVolume\"}",
        "{\"volumeType\":\"ThinProvisioned\"}",
        "{\"volumeType\":\"Unknown\"}",
        "{\"volumeType\":\"UNKNOWN\"}",
        "{\"volumeType\":\"thickprovisioned\"}",
        "{\"volumeType\":\"SNAPSHOT\"}",
        "{\"volumeType\":\"THIN_PROVISIONED\"}",
        "{\"volumeType\":null}",
        "{\"volumeType\":\"\"}",
        "{\"volumeType\":1}",
        "{\"sizeInKb\":null,\"creationTime\":null,\"mappedSdcInfo\":null,\"links\":null}",
        "{\"sizeInKb\":\"8388608\",\"creationTime\":\"1700000000\",\"useRmcache\":\"true\",\"isObfuscated\":0}",
        "{\"sizeInKb\":\"\",\"creationTime\":\"\",\"useRmcache\":\"\"}",
        "{\"sizeInKb\":1.5,\"creationTime\":1.9E3}",
        "{\"name\":17,\"id\":true,\"vtreeId\":1.25}",
        "{\"links\":[null,{\"rel\":\"self\"},{\"href\":\"/x\",\"extra\":[1]}],\"mappedSdcInfo\":[null,{}]}",
        "{\"mappedSdcInfo\":[{\"sdcId\":\"s\",\"sdcIp\":\"10.0.0.1\",\"limitIops\":\"0\",\"limitBwInMbps\":1,"
                + "\"accessMode\":\"ReadWrite\",\"isDirectBufferMapping\":true,\"more\":{}}]}",
        "{\"isObfuscated\":true,\"mappingToAllSdcsEnabled\":false,\"id\":\"x\",\"id\":\"y\"}",
        "null"
    })
    void oddVolumesReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, Volume.class);
        assertReadsListAsDatabind("[" + json + "]", Volume.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":{}}",
        "{\"name\":[\"a\"]}",
        "{\"sizeInKb\":true}",
        "{\"sizeInKb\":\"lots\"}",
        "{\"sizeInKb\":123456789012345678901234567890}",
        "{\"links\":[\"self\"]}",
        "{\"links\":{}}",
        "{\"mappedSdcInfo\":[[]]}",
        "{\"useRmcache\":\"perhaps\"}",
        "{\"links\":\"\"}",
        "{\"links\":\"self\"}",
        "[]",
        "\"volume\"",
        ""
    })
    void volumesDatabindRefusesAreRefused(String json) {
        assertFailsAsDatabind(json, Volume.class);
    }

    @Test
    void anUnknownVolumeTypeIsUnknownInEveryVolume() throws Exception {
        String json = "[{\"volumeType\":\"Future\"},{\"volumeType\":\"Future\"},{\"volumeType\":\"snapshot\"}]";

        assertEquals(java.util.List.of(VolumeType.UNKNOWN, VolumeType.UNKNOWN, VolumeType.SNAPSHOT),
                Json.readList(json, Volume.class).stream().map(Volume::volumeType).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"id\":\"s\",\"sdcIps\":[\"10.0.0.1\",null,7],\"sdcApproved\":\"false\",\"kernelVersion\":5.1,\"x\":[]}",
        "{\"sdcIps\":null,\"links\":[{\"rel\":\"self\",\"href\":\"/api/instances/Sdc::s\"}]}"
    })
    void oddSdcsReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, Sdc.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"ipList\":[{\"ip\":\"10.0.0.1\",\"role\":\"all\",\"x\":1},null],\"port\":\"7072\",\"faultSetId\":null}",
        "{\"port\":7072.0,\"ipList\":null}"
    })
    void oddSdssReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, Sds.class);
    }

    @Test
    void sdssDatabindRefusesAreRefused() {
        assertFailsAsDatabind("{\"port\":12345678901}", Sds.class);
        assertFailsAsDatabind("{\"ipList\":[\"10.0.0.1\"]}", Sds.class);
        assertFailsAsDatabind("{\"sdcIps\":\"\"}", Sdc.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"capacityLimitInKb\":\"103808000\",\"maxCapacityInKb\":null,\"name\":null,\"links\":[]}"
    })
    void oddDevicesAndVTreesReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, Device.class);
        assertReadsAsDatabind(json, VTree.class);
    }
}
