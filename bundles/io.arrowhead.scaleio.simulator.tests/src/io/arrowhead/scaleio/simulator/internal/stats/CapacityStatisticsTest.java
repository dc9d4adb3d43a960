package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.ReferenceCluster.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeKind;

class CapacityStatisticsTest {

    private final ClusterState state = ReferenceCluster.build();
    private final StatisticsService service = service(state);

    @Test
    void theReferencePoolsFiguresComeOutAsCaptured() {
        JsonNode pool = ok(service.statisticsOf("StoragePool", POOL));
        assertEquals(311_424_000L, pool.get("maxCapacityInKb").asLong());
        assertEquals(311_424_000L, pool.get("capacityLimitInKb").asLong());
        assertEquals(31_141_888L, pool.get("spareCapacityInKb").asLong());
        assertEquals(50_110_464L, pool.get("capacityInUseInKb").asLong());
        assertEquals(230_171_648L, pool.get("unusedCapacityInKb").asLong());
        assertEquals(49_360_896L, pool.get("thinCapacityInUseInKb").asLong());
        assertEquals(749_568L, pool.get("snapCapacityInUseOccupiedInKb").asLong());
        assertEquals(67_108_864L, pool.get("thinCapacityAllocatedInKb").asLong());
        assertEquals(67_108_864L, pool.get("thinCapacityAllocatedInKm").asLong());
        assertEquals(33_554_432L, pool.get("primaryVacInKb").asLong());
        assertEquals(33_554_432L, pool.get("secondaryVacInKb").asLong());
        assertEquals(67_108_864L, pool.get("inUseVacInKb").asLong());
        assertEquals(100_663_296L, pool.get("capacityAvailableForVolumeAllocationInKb").asLong());
        assertEquals(50_110_464L, pool.get("protectedCapacityInKb").asLong());
        assertEquals(50_110_464L, pool.get("atRestCapacityInKb").asLong());
        assertEquals(3, pool.get("numOfVolumes").asInt());
        assertEquals(1, pool.get("numOfSnapshots").asInt());
        assertEquals(2, pool.get("numOfThinBaseVolumes").asInt());
        assertEquals(2, pool.get("numOfVtrees").asInt());
        assertEquals(3, pool.get("numOfDevices").asInt());
        assertEquals(2, pool.get("numOfUnmappedVolumes").asInt());
        assertEquals(List.of(UNMAPPED, SNAPSHOT, MAPPED), texts(pool.get("volumeIds")));
        JsonNode empty = ok(service.statisticsOf("StoragePool", SSD_POOL));
        assertEquals(33_239_040L, empty.get("spareCapacityInKb").asLong());
        assertEquals(142_606_336L, empty.get("capacityAvailableForVolumeAllocationInKb").asLong());
    }

    @Test
    void capacityIdentitiesHoldAtEveryLevel() {
        addVolume(state, "993a355f00000003", VolumeKind.THICK, SSD_POOL, "252fd6e500000002", null, 24 * GIB, 0);
        state.sdss.get(SDS_2).connected = false;
        for (JsonNode stats : List.of(ok(service.statisticsOf("StoragePool", POOL)),
                ok(service.statisticsOf("StoragePool", SSD_POOL)), ok(service.statisticsOf("System", SYSTEM)),
                ok(service.statisticsOf("ProtectionDomain", DOMAIN)))) {
            long inUse = stats.get("capacityInUseInKb").asLong();
            assertEquals(stats.get("maxCapacityInKb").asLong() - stats.get("spareCapacityInKb").asLong() - inUse,
                    stats.get("unusedCapacityInKb").asLong());
            assertEquals(stats.get("thickCapacityInUseInKb").asLong() + stats.get("thinCapacityInUseInKb").asLong()
                    + stats.get("snapCapacityInUseOccupiedInKb").asLong(), inUse);
            assertEquals(inUse, stats.get("protectedCapacityInKb").asLong()
                    + stats.get("degradedHealthyCapacityInKb").asLong());
            assertEquals(stats.get("netMaxUserDataCapacityInKb").asLong(),
                    stats.get("netUnusedCapacityInKb").asLong() + stats.get("netUserDataCapacityInKb").asLong());
            assertEquals(stats.get("primaryVacInKb").asLong() + stats.get("secondaryVacInKb").asLong(),
                    stats.get("inUseVacInKb").asLong());
        }
    }

    @Test
    void systemAndDomainAreTheSumOfTheirPools() {
        addVolume(state, "993a355f00000003", VolumeKind.THICK, SSD_POOL, "252fd6e500000002", null, 24 * GIB, 0);
        JsonNode a = ok(service.statisticsOf("StoragePool", POOL));
        JsonNode b = ok(service.statisticsOf("StoragePool", SSD_POOL));
        JsonNode system = ok(service.statisticsOf("System", SYSTEM));
        JsonNode domain = ok(service.statisticsOf("ProtectionDomain", DOMAIN));
        for (PoolFigure figure : PoolFigure.values()) {
            String name = figure.wireName();
            assertEquals(a.get(name).asLong() + b.get(name).asLong(), system.get(name).asLong(), name);
            assertEquals(system.get(name).asLong(), domain.get(name).asLong(), name);
        }
        assertEquals(643_819_520L, system.get("maxCapacityInKb").asLong());
        assertEquals(3, system.get("numOfSdc").asInt());
        assertEquals(2, domain.get("numOfStoragePools").asInt());
    }

    @Test
    void thinAllocationIsTwiceTheThinSizesAndAvailabilityFollowsTheReferenceFormula() {
        addVolume(state, "993a355f00000003", VolumeKind.THIN, POOL, "252fd6e500000002", null, 40 * GIB, GIB);
        JsonNode pool = ok(service.statisticsOf("StoragePool", POOL));
        assertEquals(2 * (16 + 16 + 40) * GIB, pool.get("thinCapacityAllocatedInKb").asLong());
        long max = pool.get("maxCapacityInKb").asLong();
        long spare = pool.get("spareCapacityInKb").asLong();
        long expected = Math.floorDiv((max - spare) / 2 - pool.get("primaryVacInKb").asLong(), 8 * GIB) * 8 * GIB;
        assertEquals(expected, pool.get("capacityAvailableForVolumeAllocationInKb").asLong());
        assertEquals(expected, service.capacityAvailableForVolumeAllocationInKb(POOL));
    }

    @Test
    void aThickVolumeMovesTheFiguresByItsSizeAndBack() {
        JsonNode before = ok(service.statisticsOf("StoragePool", POOL));
        addVolume(state, "993a355f00000003", VolumeKind.THICK, POOL, "252fd6e500000002", null, 16 * GIB, 0);
        JsonNode with = ok(service.statisticsOf("StoragePool", POOL));
        assertEquals(2 * 16 * GIB, delta(before, with, "thickCapacityInUseInKb"));
        assertEquals(2 * 16 * GIB, delta(before, with, "capacityInUseInKb"));
        assertEquals(-2 * 16 * GIB, delta(before, with, "unusedCapacityInKb"));
        assertEquals(16 * GIB, delta(before, with, "primaryVacInKb"));
        assertEquals(-16 * GIB, delta(before, with, "capacityAvailableForVolumeAllocationInKb"));
        assertEquals(1, delta(before, with, "numOfThickBaseVolumes"));
        assertEquals(with.get("capacityAvailableForVolumeAllocationInKb").asLong(),
                service.capacityAvailableForVolumeAllocationInKb(POOL));
        state.volumes.remove("993a355f00000003");
        assertEquals(before, ok(service.statisticsOf("StoragePool", POOL)));
    }

    @Test
    void aDisconnectedSdsDegradesItsShareOfTheData() {
        state.sdss.get(SDS_2).connected = false;
        JsonNode pool = ok(service.statisticsOf("StoragePool", POOL));
        assertEquals(50_110_464L / 3, pool.get("degradedHealthyCapacityInKb").asLong());
        assertEquals(67_108_864L / 3, pool.get("degradedHealthyVacInKb").asLong());
        assertEquals(0, ok(service.statisticsOf("StoragePool", SSD_POOL)).get("degradedHealthyCapacityInKb").asLong());
    }

    @Test
    void devicesSdssAndFaultSetsHoldTheirShareOfThePool() {
        JsonNode pool = ok(service.statisticsOf("StoragePool", POOL));
        long max = 0;
        long inUse = 0;
        for (JsonNode deviceId : pool.get("deviceIds")) {
            JsonNode device = ok(service.statisticsOf("Device", deviceId.asText()));
            max += device.get("maxCapacityInKb").asLong();
            inUse += device.get("capacityInUseInKb").asLong();
            assertEquals(device.get("maxCapacityInKb").asLong() - device.get("spareCapacityInKb").asLong()
                    - device.get("capacityInUseInKb").asLong(), device.get("unusedCapacityInKb").asLong());
        }
        assertEquals(pool.get("maxCapacityInKb").asLong(), max);
        assertTrue(Math.abs(pool.get("capacityInUseInKb").asLong() - inUse) <= 3 * 3, "rounding only");
        JsonNode sds = ok(service.statisticsOf("Sds", SDS_0));
        assertEquals(103_808_000L + 166_197_760L, sds.get("maxCapacityInKb").asLong());
        assertEquals(2, sds.get("numOfDevices").asInt());
        JsonNode faultSet = ok(service.statisticsOf("FaultSet", FAULT_SET));
        assertEquals(List.of(SDS_0, SDS_1), texts(faultSet.get("sdsIds")));
        assertEquals(2 * sds.get("maxCapacityInKb").asLong(), faultSet.get("maxCapacityInKb").asLong());
    }

    @Test
    void vtreesSplitThePoolsNetDataIntoBaseAndSnapshots() {
        JsonNode mappedTree = ok(service.statisticsOf("VTree", VTREE_OF_MAPPED));
        assertEquals(16_291_840L, mappedTree.get("baseNetCapacityInUseInKb").asLong());
        assertEquals(374_784L, mappedTree.get("snapNetCapacityInUseInKb").asLong());
        JsonNode otherTree = ok(service.statisticsOf("VTree", VTREE_OF_UNMAPPED));
        long net = mappedTree.get("netCapacityInUseInKb").asLong() + otherTree.get("netCapacityInUseInKb").asLong();
        assertEquals(ok(service.statisticsOf("StoragePool", POOL)).get("capacityInUseInKb").asLong(), 2 * net);
        assertEquals(8_388_608L, otherTree.get("netProvisionedAddressesInKb").asLong());
    }

    private static long delta(JsonNode before, JsonNode after, String name) {
        return after.get(name).asLong() - before.get(name).asLong();
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }
}
