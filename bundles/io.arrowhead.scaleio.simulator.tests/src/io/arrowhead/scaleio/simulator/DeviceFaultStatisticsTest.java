package io.arrowhead.scaleio.simulator;

import static io.arrowhead.scaleio.simulator.StatisticsGateway.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.model.Device;

/**
 * The failDevice and restoreDevice faults through {@code /simulator/faults}, and the rebuild and rebalance traffic
 * they cause in the statistics. The model's rates: forward and backward rebuilds move 100 MiB/s, a rebalance
 * 50 MiB/s, in 256 KiB chunks; a device that is away misses 8 MiB of changes a second.
 */
class DeviceFaultStatisticsTest {

    private static final String[] FAMILIES = { "fwdRebuild", "bckRebuild", "normRebuild", "rebalance" };
    private static final List<String> HEALTH = List.of("capacityInUseInKb", "protectedCapacityInKb",
            "degradedHealthyCapacityInKb", "degradedFailedCapacityInKb", "pendingFwdRebuildCapacityInKb",
            "pendingBckRebuildCapacityInKb", "pendingRebalanceCapacityInKb");
    private static final Bwc NOTHING = new Bwc(0, 0, 0);

    private StatisticsGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new StatisticsGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aFailedDeviceRebuildsUntilItIsRestoredThenItsPoolRebalancesAndGoesQuiet() throws Exception {
        String poolId = fullestPool();
        Device device = gateway.client.devices().stream().filter(d -> d.storagePoolId().equals(poolId)).findFirst()
                .orElseThrow();
        assertQuiet(poolId, "before the failure");

        assertEquals(200, gateway.fault("{\"action\":\"failDevice\",\"deviceId\":\"" + device.id() + "\"}"));
        assertEquals("[{\"action\":\"failDevice\",\"deviceId\":\"" + device.id() + "\"}]",
                gateway.admin.get("/simulator/faults").json().get("faults").toString());
        assertQuiet(poolId, "in the second of the failure, which is not complete yet");
        gateway.advance(10);
        Statistics rebuilding = pool(poolId);
        Bwc forward = new Bwc(2000, 5, 512_000);
        assertEquals(forward, rebuilding.bwc("fwdRebuildReadBwc"));
        assertEquals(forward, rebuilding.bwc("fwdRebuildWriteBwc"));
        assertEquals(forward, system().bwc("fwdRebuildWriteBwc"), "the system sums its pools");
        assertEquals(NOTHING, rebuilding.bwc("rebalanceReadBwc"));
        long pending = rebuilding.longValue("pendingFwdRebuildCapacityInKb");
        assertTrue(pending > 640_000, "the device held more data than the next 10 s rebuild: " + pending);
        assertEquals(pending, rebuilding.longValue("degradedFailedCapacityInKb"));
        assertHealthAddsUp(rebuilding);
        Statistics failedDevice = gateway.client.statistics(ObjectType.DEVICE, device.id());
        assertEquals(NOTHING, failedDevice.bwc("primaryWriteBwc"), "a failed device serves no I/O");
        gateway.advance(5);
        assertEquals(pending - 5 * 102_400, pool(poolId).longValue("pendingFwdRebuildCapacityInKb"));

        // Down for 15 s: 1,536,000 KiB rebuilt elsewhere move back, 120 MiB of changes are copied to the device.
        assertEquals(200, gateway.fault("{\"action\":\"restoreDevice\",\"deviceId\":\"" + device.id() + "\"}"));
        assertEquals(0, gateway.admin.get("/simulator/faults").json().get("faults").size());
        gateway.advance(5);
        Statistics restored = pool(poolId);
        assertEquals(NOTHING, restored.bwc("fwdRebuildReadBwc"));
        assertEquals(new Bwc(480, 5, 122_880), restored.bwc("bckRebuildWriteBwc"));
        assertEquals(new Bwc(1000, 5, 256_000), restored.bwc("rebalanceReadBwc"));
        assertEquals(new Bwc(1000, 5, 256_000), restored.bwc("rebalanceWriteBwc"));
        assertEquals(1_536_000 - 256_000, restored.longValue("pendingRebalanceCapacityInKb"));
        assertEquals(0, restored.longValue("pendingFwdRebuildCapacityInKb"));
        assertHealthAddsUp(restored);

        gateway.advance(60);
        assertQuiet(poolId, "a minute after the restore");
        Statistics healthy = pool(poolId);
        assertEquals(healthy.longValue("capacityInUseInKb"), healthy.longValue("protectedCapacityInKb"));
    }

    @Test
    void userIoOfARebuildingPoolKeepsItsRateButTakesLonger() throws Exception {
        String poolId = fullestPool();
        String deviceId = gateway.client.devices().stream().filter(d -> d.storagePoolId().equals(poolId))
                .findFirst().orElseThrow().id();
        gateway.advance(1);
        Statistics healthy = userIo(poolId);
        assertTrue(healthy.bwc("userDataWriteBwc").numOccured() > 0, "the pool has user I/O");

        // The same second again, now with the device failed at its start: the same demand meets a rebuild.
        gateway.advance(-1);
        gateway.simulator.faults().failDevice(deviceId);
        gateway.advance(1);
        Statistics rebuilding = userIo(poolId);
        assertTrue(weight(rebuilding, "fwdRebuildWriteBwc") > 0);
        for (String direction : List.of("Read", "Write")) {
            assertEquals(healthy.bwc("userData" + direction + "Bwc"), rebuilding.bwc("userData" + direction + "Bwc"));
            long before = weight(healthy, "userDataSdc" + direction + "Latency");
            long during = weight(rebuilding, "userDataSdc" + direction + "Latency");
            assertTrue(during > before * 14 / 10 || before == 0 && during == 0,
                    direction + " latency " + during + " µs during, " + before + " µs before the rebuild");
        }
    }

    @Test
    void theFaultsEndpointRefusesUnknownDevicesAndClearRestoresEveryDevice() throws Exception {
        assertEquals(400, gateway.fault("{\"action\":\"failDevice\",\"deviceId\":\"0123456789abcdef\"}"));
        assertEquals("No device has the id nope.", refusal("{\"action\":\"failDevice\",\"deviceId\":\"nope\"}"));
        assertEquals(400, gateway.fault("{\"action\":\"restoreDevice\"}"));
        assertEquals("The restoreDevice action needs \"deviceId\", the id of a device as GET "
                + "/api/types/Device/instances lists it.",
                refusal("{\"action\":\"restoreDevice\",\"deviceId\":\" \"}"));
        assertEquals("\"deviceId\" must be a string", refusal("{\"action\":\"failDevice\",\"deviceId\":7}"));
        String poolId = fullestPool();
        List<Device> devices = gateway.client.devices().stream().filter(d -> d.storagePoolId().equals(poolId))
                .toList();
        assertEquals(200, gateway.fault("{\"action\":\"restoreDevice\",\"deviceId\":\"" + devices.get(0).id()
                + "\"}"), "restoring a healthy device changes nothing");

        gateway.simulator.faults().failDevice(devices.get(0).id());
        assertEquals(200, gateway.fault("{\"action\":\"failDevice\",\"deviceId\":\"" + devices.get(1).id() + "\"}"));
        assertTrue(gateway.simulator.faults().describe().endsWith("\nfailed devices: " + devices.get(0).id() + ", "
                + devices.get(1).id()), gateway.simulator.faults().describe());
        gateway.advance(3);
        assertEquals(200, gateway.fault("{\"action\":\"clear\"}"));
        JsonNode listing = gateway.admin.get("/simulator/faults").json();
        assertEquals(0, listing.get("faults").size(), listing.toString());
        assertEquals("no faults\nhanging requests: 0", gateway.simulator.faults().describe());
        gateway.advance(2);
        Statistics system = system();
        assertTrue(weight(system, "rebalanceWriteBwc") > 0, "the restored devices get their data back");
        gateway.advance(60);
        assertEquals(NOTHING, system().bwc("rebalanceWriteBwc"));
    }

    /** The message of the 400 answer to a fault. */
    private String refusal(String json) throws Exception {
        WireClient.Answer answer = gateway.admin.post("/simulator/faults", json);
        assertEquals(400, answer.status(), answer.body());
        return answer.json().get("message").asText();
    }

    private String fullestPool() throws Exception {
        Map<String, Statistics> pools = gateway.client.querySelectedStatistics(ObjectType.STORAGE_POOL, null,
                HEALTH);
        return pools.entrySet().stream()
                .max(Comparator.comparingLong(pool -> pool.getValue().longValue("capacityInUseInKb")))
                .orElseThrow().getKey();
    }

    private void assertQuiet(String poolId, String when) throws Exception {
        for (Statistics of : List.of(pool(poolId), system())) {
            for (String family : FAMILIES) {
                assertEquals(NOTHING, of.bwc(family + "ReadBwc"), family + " " + when);
                assertEquals(NOTHING, of.bwc(family + "WriteBwc"), family + " " + when);
            }
            for (String pending : HEALTH.subList(3, HEALTH.size())) {
                assertEquals(0, of.longValue(pending), pending + " " + when);
            }
        }
    }

    /** Every KiB in use is in exactly one health bucket. */
    private static void assertHealthAddsUp(Statistics pool) {
        assertEquals(pool.longValue("capacityInUseInKb"), pool.longValue("protectedCapacityInKb")
                + pool.longValue("degradedHealthyCapacityInKb") + pool.longValue("degradedFailedCapacityInKb"));
    }

    private Statistics userIo(String poolId) throws Exception {
        return gateway.client.querySelectedStatistics(ObjectType.STORAGE_POOL, List.of(poolId),
                List.of("userDataReadBwc", "userDataWriteBwc", "userDataSdcReadLatency", "userDataSdcWriteLatency",
                        "fwdRebuildWriteBwc")).get(poolId);
    }

    private Statistics pool(String poolId) throws Exception {
        return gateway.client.statistics(ObjectType.STORAGE_POOL, poolId);
    }

    private Statistics system() throws Exception {
        return gateway.client.querySystemStatistics(List.of("fwdRebuildReadBwc", "fwdRebuildWriteBwc",
                "bckRebuildReadBwc", "bckRebuildWriteBwc", "normRebuildReadBwc", "normRebuildWriteBwc",
                "rebalanceReadBwc", "rebalanceWriteBwc", "capacityInUseInKb", "protectedCapacityInKb",
                "degradedHealthyCapacityInKb", "degradedFailedCapacityInKb", "pendingFwdRebuildCapacityInKb",
                "pendingBckRebuildCapacityInKb", "pendingRebalanceCapacityInKb"));
    }
}
