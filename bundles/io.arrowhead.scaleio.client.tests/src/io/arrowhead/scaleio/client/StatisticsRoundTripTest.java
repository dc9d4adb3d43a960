package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** Capacity and performance statistics, per object and in bulk, as the console's charts will read them. */
class StatisticsRoundTripTest {

    private static final String[] CAPACITY = { "maxCapacityInKb", "spareCapacityInKb", "capacityInUseInKb",
            "unusedCapacityInKb", "thickCapacityInUseInKb", "thinCapacityAllocatedInKb", "numOfVolumes" };

    private SimulatedGateway gateway;
    private GatewayClient client;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = SimulatedGateway.start();
        client = gateway.client();
    }

    @AfterEach
    void stopGateway() throws IOException {
        gateway.close();
    }

    @Test
    void theSystemsCapacityIsTheSumOfItsPools() throws IOException {
        SelectedStatistics selected = client.querySelectedStatistics(List.of(StatisticsSelection.system(CAPACITY),
                StatisticsSelection.all(ObjectType.STORAGE_POOL, CAPACITY)));

        Map<String, Statistics> pools = selected.of(ObjectType.STORAGE_POOL);
        assertEquals(client.storagePools().size(), pools.size());
        for (String property : CAPACITY) {
            long sum = pools.values().stream().mapToLong(pool -> number(pool, property)).sum();
            assertEquals(sum, number(selected.system(), property), property);
        }
        Capacity capacity = selected.system().capacity();
        assertEquals(capacity.maxCapacityInKb() - capacity.spareCapacityInKb() - capacity.capacityInUseInKb(),
                capacity.unusedCapacityInKb());
    }

    @Test
    void aThickVolumeTakesItsSizeTwiceFromThePool() throws IOException {
        String poolId = client.storagePools().get(0).id();
        Statistics before = client.statistics(ObjectType.STORAGE_POOL, poolId);

        client.createVolume(VolumeRequest.ofGib(poolId, "thick-usage", 16, VolumeType.THICK_PROVISIONED));
        Statistics after = client.statistics(ObjectType.STORAGE_POOL, poolId);

        long sixteenGib = 16 * Sizes.KIB_PER_GIB;
        assertEquals(number(before, "thickCapacityInUseInKb") + 2 * sixteenGib, number(after, "thickCapacityInUseInKb"));
        assertEquals(number(before, "capacityInUseInKb") + 2 * sixteenGib, number(after, "capacityInUseInKb"));
        assertEquals(number(before, "numOfVolumes") + 1, number(after, "numOfVolumes"));
        assertTrue(number(after, "capacityAvailableForVolumeAllocationInKb")
                <= number(before, "capacityAvailableForVolumeAllocationInKb") - sixteenGib);
    }

    @Test
    void oneRequestAnswersForEveryVolume() throws IOException {
        List<Volume> volumes = client.volumes();

        Map<String, Statistics> statistics = client.querySelectedStatistics(ObjectType.VOLUME, null,
                List.of("userDataReadBwc", "userDataWriteBwc", "numOfMappedSdcs"));

        assertEquals(volumes.size(), statistics.size());
        for (Volume volume : volumes) {
            Statistics of = statistics.get(volume.id());
            assertEquals((long) volume.mappedSdcInfo().size(), number(of, "numOfMappedSdcs"), volume.name());
            if (!volume.isMapped()) {
                assertEquals(0.0, of.bwc("userDataWriteBwc").iops(), volume.name() + " is unmapped, so idle");
            }
        }
    }

    @Test
    void theDemoClusterIsBusyAndAMappingLimitCapsItsVolume() throws IOException {
        Volume busiest = busiestSingleMappedVolume();
        MappedSdcInfo mapping = busiest.mappedSdcInfo().get(0);

        client.setMappedSdcLimits(busiest.id(), SdcRef.id(mapping.sdcId()), 11, 1024);
        Statistics capped = client.statistics(ObjectType.VOLUME, busiest.id());

        double iops = capped.bwc("userDataReadBwc").iops() + capped.bwc("userDataWriteBwc").iops();
        double kbPerSecond = capped.bwc("userDataReadBwc").kbPerSecond() + capped.bwc("userDataWriteBwc").kbPerSecond();
        assertTrue(iops <= 11, "IOPS " + iops + " above the limit of 11");
        assertTrue(kbPerSecond <= 1024, "KB/s " + kbPerSecond + " above the limit of 1024 Kbps");
    }

    @Test
    void anSdcCarriesTheIoOfItsVolumes() throws IOException {
        Sdc sdc = client.sdcs().stream().filter(Sdc::isConnected).findFirst().orElseThrow();

        Statistics statistics = client.statistics(ObjectType.SDC, sdc.id());

        List<String> mapped = client.related(ObjectType.SDC, sdc.id(), ObjectType.VOLUME).stream().map(Volume::id).sorted().toList();
        assertEquals(mapped, statistics.ids("volumeIds").stream().sorted().toList());
        assertEquals((long) mapped.size(), number(statistics, "numOfMappedVolumes"));
        assertNotNull(statistics.bwc("userDataReadBwc"));
    }

    @Test
    void theSystemAnswersThePerTypeFormAsOneFlatObject() throws IOException {
        Statistics system = client.querySystemStatistics(List.of("numOfVolumes", "numOfSdc", "userDataWriteBwc"));

        assertEquals(client.volumes().size(), number(system, "numOfVolumes"));
        assertEquals(client.sdcs().size(), number(system, "numOfSdc"));
        assertNotNull(system.bwc("userDataWriteBwc"));
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        GatewayException refused = assertThrows(GatewayException.class, () -> client.querySelectedStatistics(
                ObjectType.VOLUME, null, List.of("userDataReadBwc", "numOfScsiInitiators")));

        assertEquals(400, refused.httpStatus());
        assertTrue(refused.gatewayMessage().contains("numOfScsiInitiators"), refused.gatewayMessage());
    }

    private Volume busiestSingleMappedVolume() throws IOException {
        List<Volume> candidates = client.volumes().stream().filter(volume -> volume.mappedSdcInfo().size() == 1)
                .filter(volume -> !isLimited(volume.mappedSdcInfo().get(0))).toList();
        Map<String, Statistics> statistics = client.querySelectedStatistics(ObjectType.VOLUME,
                candidates.stream().map(Volume::id).toList(), List.of("userDataReadBwc", "userDataWriteBwc"));
        Volume busiest = candidates.stream().max(java.util.Comparator.comparingDouble(volume -> iops(statistics.get(volume.id()))))
                .orElseThrow(() -> new AssertionError("the demo cluster has no volume mapped to one SDC"));
        assertTrue(iops(statistics.get(busiest.id())) > 11, "the demo cluster should be busier than 11 IOPS");
        return busiest;
    }

    private static long number(Statistics statistics, String name) {
        Long value = statistics.longValue(name);
        assertNotNull(value, name + " is missing");
        return value;
    }

    private static boolean isLimited(MappedSdcInfo mapping) {
        return mapping.limitIops() != null && mapping.limitIops() != 0;
    }

    private static double iops(Statistics statistics) {
        return statistics.bwc("userDataReadBwc").iops() + statistics.bwc("userDataWriteBwc").iops();
    }
}
