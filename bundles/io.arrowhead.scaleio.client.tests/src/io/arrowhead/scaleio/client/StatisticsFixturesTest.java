package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.internal.StatisticsReader;

class StatisticsFixturesTest {

    @Test
    void storagePoolStatisticsKeepEveryWireName() throws Exception {
        Statistics pool = StatisticsReader.flat(fixture("storage_pool_statistics.json"));

        assertEquals(126, pool.names().size());
        assertTrue(pool.has("pendingMovingOutNormrebuildJobs"));
        assertEquals(0L, pool.longValue("rfacheReadHit"));
        assertEquals(List.of("993a355d00000000", "993a5c6d00000002", "993a355e00000001"), pool.ids("volumeIds"));
        assertEquals(List.of("252fd6e300000000", "252fd6e400000001"), pool.ids("vtreeIds"));
        assertEquals(3L, pool.longValue("numOfVolumes"));
    }

    @Test
    void storagePoolCapacity() throws Exception {
        Capacity capacity = StatisticsReader.flat(fixture("storage_pool_statistics.json")).capacity();

        assertEquals(new Capacity(311424000L, 311424000L, 31141888L, 50110464L, 230171648L, 100663296L, 0L, 49360896L,
                67108864L, 749568L), capacity);
        assertEquals((311424000L - 31141888L) / 2, capacity.usableInKb());
    }

    @Test
    void storagePoolBwcTriples() throws Exception {
        Statistics pool = StatisticsReader.flat(fixture("storage_pool_statistics.json"));

        assertEquals(new Bwc(1556, 5, 1193408), pool.bwc("primaryWriteBwc"));
        assertEquals(new Bwc(1530, 5, 1169632), pool.bwc("secondaryWriteBwc"));
        assertEquals(new Bwc(3086, 5, 2363040), pool.bwc("totalWriteBwc"));
        assertEquals(new Bwc(285, 1, 227170), pool.bwc("userDataWriteBwc"));
        assertEquals(new Bwc(0, 0, 0), pool.bwc("userDataReadBwc"));
        assertEquals(311.2, pool.bwc("primaryWriteBwc").iops(), 1e-9);
        assertNull(pool.bwc("noSuchBwc"));
        assertNull(pool.bwc("numOfVolumes"));
    }

    @Test
    void sdcStatistics() throws Exception {
        Statistics sdc = StatisticsReader.flat(fixture("sdc_statistics.json"));

        assertEquals(1L, sdc.longValue("numOfMappedVolumes"));
        assertEquals(List.of("993a355e00000001"), sdc.ids("volumeIds"));
        assertEquals(new Bwc(145, 1, 118972), sdc.bwc("userDataWriteBwc"));
        assertEquals(118972.0 / 145, sdc.bwc("userDataWriteBwc").averageIoSizeKb(), 1e-9);
    }

    @Test
    void volumeStatisticsWithNullsAndLatencies() throws Exception {
        Statistics volume = StatisticsReader.flat(fixture("volume_statistics.json"));

        assertEquals(List.of("6076fd1100000002"), volume.ids("mappedSdcIds"));
        assertEquals(List.of("993a5c6d00000002"), volume.ids("childVolumeIds"));
        assertTrue(volume.has("initiatorSdcId"));
        assertNull(volume.value("initiatorSdcId"));
        assertNull(volume.longValue("initiatorSdcId"));
        assertEquals(List.of(), volume.ids("registrationKeys"));
        assertEquals("UnmarkedForReplication", volume.value("replicationState"));
        assertEquals(Boolean.FALSE, volume.value("replicationJournalVolume"));
        assertEquals(new Bwc(145, 1, 60320), volume.bwc("userDataSdcWriteLatency"));
        assertEquals(Map.of("numOccured", 0L, "numSeconds", 1L, "totalWeightInKb", 0L), volume.value("userDataReadBwc"));
    }

    @Test
    void globalQueryAnswer() throws Exception {
        SelectedStatistics selected = StatisticsReader.selected(fixture("query_selected_statistics_response.json"));

        Capacity system = selected.system().capacity();
        assertEquals(643819520L, system.maxCapacityInKb());
        assertEquals(64380928L, system.spareCapacityInKb());
        assertEquals(243269632L, system.capacityAvailableForVolumeAllocationInKb());
        assertNull(system.capacityLimitInKb());
        assertEquals(new Bwc(1556, 5, 1193408), selected.system().bwc("primaryWriteBwc"));
        assertEquals(List.of("40395b7b00000000", "4039828b00000001"),
                List.copyOf(selected.of(ObjectType.STORAGE_POOL).keySet()));
        assertEquals(0L, selected.of(ObjectType.STORAGE_POOL, "4039828b00000001").kib("capacityInUseInKb"));
        assertEquals(new Bwc(1, 1, 1), selected.of(ObjectType.SDC, "6076fd1000000001").bwc("userDataReadBwc"));
        assertEquals(1L, selected.of(ObjectType.VOLUME, "993a355e00000001").longValue("numOfMappedSdcs"));
        assertEquals(Map.of(), selected.of(ObjectType.DEVICE));
        assertNull(selected.of(ObjectType.SDC, "ffffffffffffffff"));
    }

    @Test
    void perTypeQueryAnswer() throws Exception {
        Map<String, Statistics> volumes =
                StatisticsReader.byId(fixture("query_selected_statistics_per_type_response.json"));

        assertEquals(List.of("993a355e00000001", "993a355d00000000"), List.copyOf(volumes.keySet()));
        assertEquals(new Bwc(145, 1, 118972), volumes.get("993a355e00000001").bwc("userDataWriteBwc"));
        assertEquals(List.of("6076fd1100000002"), volumes.get("993a355e00000001").ids("mappedSdcIds"));
        Statistics idle = volumes.get("993a355d00000000");
        assertEquals(0.0, idle.bwc("userDataWriteBwc").iops());
        assertEquals(List.of(), idle.ids("mappedSdcIds"));
        assertEquals(0L, idle.longValue("numOfMappedSdcs"));
    }

    /** A parser over a statistics fixture, as the client streams an answer. */
    private static JsonParser fixture(String name) throws IOException {
        return Json.parser(Fixtures.stream(name));
    }
}
