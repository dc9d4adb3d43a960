package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.ReferenceCluster.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.MappingEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

class PerformanceStatisticsTest {

    private static final JsonNode IDLE = json("{\"numOccured\":0,\"numSeconds\":0,\"totalWeightInKb\":0}");
    private static final String EVERY_VOLUME_AND_SDC = """
            {"selectedStatisticsList":[
              {"type":"Volume","allIds":[],
               "properties":["userDataReadBwc","userDataWriteBwc","userDataSdcReadLatency"]},
              {"type":"Sdc","allIds":[],"properties":["userDataReadBwc","userDataWriteBwc"]}]}""";

    private final ClusterState state = ReferenceCluster.build();
    private long seed;
    private Workload workload;
    private StatisticsService service;
    private MappingEntity mappedToSdc2;

    @BeforeEach
    void busyUnlimitedWorkload() {
        // A seed under which both volumes are busy and steady, so that every limit below really bites.
        seed = LongStream.range(0, 10_000)
                .filter(candidate -> busy(new Workload(candidate), MAPPED) && busy(new Workload(candidate), UNMAPPED))
                .findFirst().orElseThrow(() -> new AssertionError("The seed no longer varies the profiles"));
        workload = new Workload(seed);
        service = new StatisticsService(state, workload, CLOCK);
        mappedToSdc2 = state.volumes.get(MAPPED).mappings.get(0);
        mappedToSdc2.iopsLimit = 0;
        mappedToSdc2.bandwidthLimitInKbps = 0;
    }

    @Test
    void queriesInTheSameSecondAgreeAndOtherSeedsDiffer() {
        JsonNode query = json(EVERY_VOLUME_AND_SDC);
        byte[] first = service.querySelected(query).body();
        assertArrayEquals(first, service.querySelected(query).body());
        assertArrayEquals(first, new StatisticsService(state, workload, CLOCK).querySelected(query).body());
        Workload other = new Workload(seed + 1);
        assertNotEquals(json(new String(first)), ok(new StatisticsService(state, other, CLOCK).querySelected(query)));
    }

    @Test
    void aMappedVolumeReportsItsDemandOfTheLastSecondAndUnmappedOnesAreIdle() {
        IoSample demand = workload.sample(MAPPED, REPORTED_SECOND);
        JsonNode mapped = ok(service.statisticsOf("Volume", MAPPED));
        JsonNode read = mapped.get("userDataReadBwc");
        assertEquals(1, read.get("numSeconds").asLong());
        assertEquals(demand.readIos(), read.get("numOccured").asLong() / read.get("numSeconds").asLong());
        assertEquals(demand.readKb(), read.get("totalWeightInKb").asLong());
        assertEquals(demand.writeIos(), mapped.get("userDataWriteBwc").get("numOccured").asLong());
        JsonNode latency = mapped.get("userDataSdcReadLatency");
        assertEquals(demand.readIos(), latency.get("numOccured").asLong());
        long microsPerRead = latency.get("totalWeightInKb").asLong() / latency.get("numOccured").asLong();
        assertTrue(microsPerRead > 100 && microsPerRead < 100_000, microsPerRead + " µs");
        JsonNode unmapped = ok(service.statisticsOf("Volume", UNMAPPED));
        assertEquals(IDLE, unmapped.get("userDataReadBwc"));
        assertEquals(IDLE, unmapped.get("userDataWriteBwc"));
        assertEquals(IDLE, unmapped.get("userDataSdcWriteLatency"));
    }

    @Test
    void anIopsLimitCapsTheMapping() {
        mappedToSdc2.iopsLimit = 50;
        for (int i = 0; i < 30; i++) {
            JsonNode volume = ok(at(i).statisticsOf("Volume", MAPPED));
            long ios = volume.get("userDataReadBwc").get("numOccured").asLong()
                    + volume.get("userDataWriteBwc").get("numOccured").asLong();
            assertTrue(ios <= 50 && ios >= 48, ios + " IOPS");
        }
    }

    @Test
    void aBandwidthLimitCapsTheMapping() {
        mappedToSdc2.bandwidthLimitInKbps = 1024;
        for (int i = 0; i < 30; i++) {
            JsonNode volume = ok(at(i).statisticsOf("Volume", MAPPED));
            long kb = volume.get("userDataReadBwc").get("totalWeightInKb").asLong()
                    + volume.get("userDataWriteBwc").get("totalWeightInKb").asLong();
            assertTrue(kb <= 1024 && kb >= 1020, kb + " KiB/s");
        }
    }

    @Test
    void aVolumeSplitsItsIoOverItsSdcsAndSdcsSumTheirShares() {
        VolumeEntity unmapped = state.volumes.get(UNMAPPED);
        ReferenceCluster.map(unmapped, SDC_0, 0, 0);
        ReferenceCluster.map(unmapped, SDC_1, 0, 0);
        JsonNode answer = ok(service.querySelected(json(EVERY_VOLUME_AND_SDC)));
        IoSample demand = workload.sample(UNMAPPED, REPORTED_SECOND);
        assertEquals(demand.readIos() - demand.readIos() / 2, reads(answer.get("Sdc").get(SDC_0)));
        assertEquals(demand.readIos() / 2, reads(answer.get("Sdc").get(SDC_1)));
        long bySdc = 0;
        for (JsonNode sdc : answer.get("Sdc")) {
            bySdc += reads(sdc);
        }
        long byVolume = 0;
        for (JsonNode volume : answer.get("Volume")) {
            byVolume += reads(volume);
        }
        assertEquals(byVolume, bySdc);
        assertEquals(reads(answer.get("Volume").get(MAPPED)), reads(answer.get("Sdc").get(SDC_2)));
    }

    @Test
    void aDisconnectedSdcCarriesNoIo() {
        state.sdcs.get(SDC_2).connected = false;
        assertEquals(IDLE, ok(service.statisticsOf("Volume", MAPPED)).get("userDataWriteBwc"));
        assertEquals(IDLE, ok(service.statisticsOf("Sdc", SDC_2)).get("userDataWriteBwc"));
        JsonNode idleButConnected = ok(service.statisticsOf("Sdc", SDC_0)).get("userDataWriteBwc");
        assertEquals(json("{\"numOccured\":0,\"numSeconds\":1,\"totalWeightInKb\":0}"), idleButConnected);
    }

    @Test
    void poolsSumTheirVolumesAndTheBackEndMirrorsWritesOverFiveSeconds() {
        JsonNode pool = ok(service.statisticsOf("StoragePool", POOL));
        JsonNode system = ok(service.statisticsOf("System", SYSTEM));
        IoSample lastSecond = workload.sample(MAPPED, REPORTED_SECOND);
        assertEquals(lastSecond.writeIos(), pool.get("userDataWriteBwc").get("numOccured").asLong());
        assertEquals(pool.get("userDataWriteBwc"), system.get("userDataWriteBwc"));
        long writes = 0;
        long writeKb = 0;
        for (long second = REPORTED_SECOND - 4; second <= REPORTED_SECOND; second++) {
            writes += workload.sample(MAPPED, second).writeIos();
            writeKb += workload.sample(MAPPED, second).writeKb();
        }
        JsonNode primary = pool.get("primaryWriteBwc");
        assertEquals(json("{\"numOccured\":" + writes + ",\"numSeconds\":5,\"totalWeightInKb\":" + writeKb + "}"),
                primary);
        assertEquals(primary, pool.get("secondaryWriteBwc"));
        assertEquals(2 * writes, pool.get("totalWriteBwc").get("numOccured").asLong());
        assertEquals(pool.get("primaryReadBwc"), pool.get("totalReadBwc"));
        assertEquals(primary, system.get("primaryWriteBwc"));
    }

    private StatisticsService at(int secondsLater) {
        return new StatisticsService(state, workload,
                Clock.offset(CLOCK, Duration.ofSeconds(secondsLater)));
    }

    private static long reads(JsonNode statistics) {
        return statistics.get("userDataReadBwc").get("numOccured").asLong();
    }

    private static boolean busy(Workload workload, String volumeId) {
        WorkloadProfile profile = workload.profileOf(volumeId);
        return profile.shape() == WorkloadProfile.Shape.STEADY && profile.baseIops() >= 400;
    }
}
