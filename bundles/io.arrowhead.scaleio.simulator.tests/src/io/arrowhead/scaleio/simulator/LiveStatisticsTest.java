package io.arrowhead.scaleio.simulator;

import static io.arrowhead.scaleio.simulator.StatisticsGateway.occurred;
import static io.arrowhead.scaleio.simulator.StatisticsGateway.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** User I/O as live charts read it through the project's client: only through mappings, capped, with latency. */
class LiveStatisticsTest {

    private static final String[] USER_IO = { "userDataReadBwc", "userDataWriteBwc", "userDataSdcReadLatency",
            "userDataSdcWriteLatency" };
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
    void aNewVolumeHasIoOnlyWhileAConnectedSdcMapsIt() throws Exception {
        String poolId = gateway.client.storagePools().get(0).id();
        String volumeId = gateway.client.createVolume(VolumeRequest.ofGib(poolId, "chart-me", 8,
                VolumeType.THIN_PROVISIONED));
        assertIdle(volumeId, "unmapped");

        List<Sdc> sdcs = gateway.client.sdcs();
        Sdc disconnected = sdcs.stream().filter(sdc -> !sdc.isConnected()).findFirst().orElseThrow();
        gateway.client.mapVolume(volumeId, SdcRef.id(disconnected.id()), true, null);
        assertIdle(volumeId, "mapped to a disconnected SDC only");

        Sdc connected = sdcs.stream().filter(Sdc::isConnected).findFirst().orElseThrow();
        gateway.client.mapVolume(volumeId, SdcRef.id(connected.id()), true, null);
        for (int second = 0; second < 10; second++) {
            Statistics busy = gateway.client.statistics(ObjectType.VOLUME, volumeId);
            assertTrue(occurred(busy, "userDataReadBwc") + occurred(busy, "userDataWriteBwc") > 0, "second " + second);
            assertEquals(1, busy.bwc("userDataWriteBwc").numSeconds());
            gateway.advance(1);
        }

        gateway.client.unmapVolume(volumeId, SdcRef.id(connected.id()));
        assertIdle(volumeId, "unmapped from the connected SDC");
        gateway.client.unmapVolume(volumeId, SdcRef.id(disconnected.id()));
        assertIdle(volumeId, "unmapped again");
    }

    @Test
    void sdcsPoolsAndTheSystemSumTheirVolumes() throws Exception {
        for (int second = 0; second < 5; second++) {
            SelectedStatistics all = gateway.everything(USER_IO);
            List<Volume> volumes = gateway.client.volumes();
            for (String counter : USER_IO) {
                long volumeIos = sum(all.of(ObjectType.VOLUME), counter, true);
                assertTrue(volumeIos > 0, "the demo cluster is busy");
                assertEquals(volumeIos, sum(all.of(ObjectType.SDC), counter, true), counter + " of the SDCs");
                assertEquals(volumeIos, occurred(all.system(), counter), counter + " of the system");
                long volumeWeight = sum(all.of(ObjectType.VOLUME), counter, false);
                assertEquals(volumeWeight, sum(all.of(ObjectType.SDC), counter, false), counter + " of the SDCs");
                assertEquals(volumeWeight, weight(all.system(), counter), counter + " of the system");
                for (Map.Entry<String, Statistics> pool : all.of(ObjectType.STORAGE_POOL).entrySet()) {
                    List<Statistics> ofPool = volumes.stream()
                            .filter(volume -> volume.storagePoolId().equals(pool.getKey()))
                            .map(volume -> all.of(ObjectType.VOLUME, volume.id())).toList();
                    assertEquals(ofPool.stream().mapToLong(of -> occurred(of, counter)).sum(),
                            occurred(pool.getValue(), counter), counter + " of pool " + pool.getKey());
                    assertEquals(ofPool.stream().mapToLong(of -> weight(of, counter)).sum(),
                            weight(pool.getValue(), counter), counter + " of pool " + pool.getKey());
                }
            }
            gateway.advance(1);
        }
    }

    @Test
    void latencyCountsEveryIoInMicrosecondsAndGrowsWhenQosHoldsIoBack() throws Exception {
        SelectedStatistics all = gateway.everything(USER_IO);
        for (Map.Entry<String, Statistics> volume : all.of(ObjectType.VOLUME).entrySet()) {
            Statistics of = volume.getValue();
            assertEquals(occurred(of, "userDataReadBwc"), occurred(of, "userDataSdcReadLatency"), volume.getKey());
            assertEquals(occurred(of, "userDataWriteBwc"), occurred(of, "userDataSdcWriteLatency"), volume.getKey());
            if (occurred(of, "userDataWriteBwc") > 0) {
                // The weight of a latency counter is microseconds, so its "average size" is the time per write.
                double micros = of.bwc("userDataSdcWriteLatency").averageIoSizeKb();
                assertTrue(micros > 100 && micros < 1_000_000, micros + " µs per write of " + volume.getKey());
            }
        }

        Volume busiest = busiestUnlimitedVolume();
        String sdcId = busiest.mappedSdcInfo().get(0).sdcId();
        Statistics free = gateway.client.statistics(ObjectType.VOLUME, busiest.id());
        gateway.client.setMappedSdcLimits(busiest.id(), SdcRef.id(sdcId), 11, 0);
        Statistics held = gateway.client.statistics(ObjectType.VOLUME, busiest.id());
        assertTrue(perIo(held) > perIo(free), perIo(held) + " µs held back, " + perIo(free) + " µs free");
    }

    @Test
    void aQosLimitCapsTheVolumeInTheNextWindowAndLiftingItRestoresTheDemand() throws Exception {
        Volume busiest = busiestUnlimitedVolume();
        SdcRef sdc = SdcRef.id(busiest.mappedSdcInfo().get(0).sdcId());
        Statistics free = gateway.client.statistics(ObjectType.VOLUME, busiest.id());
        long limit = Math.max(11, iops(free) / 2);

        gateway.client.setMappedSdcLimits(busiest.id(), sdc, limit, 1024);
        for (int second = 0; second < 5; second++) {
            Statistics capped = gateway.client.statistics(ObjectType.VOLUME, busiest.id());
            assertTrue(iops(capped) <= limit, iops(capped) + " IOPS above the limit of " + limit);
            long kb = weight(capped, "userDataReadBwc") + weight(capped, "userDataWriteBwc");
            assertTrue(kb <= 1024, kb + " KiB/s above the limit of 1024");
            gateway.advance(1);
        }

        gateway.client.setMappedSdcLimits(busiest.id(), sdc, 0, 0);
        gateway.advance(-5);
        assertEquals(free, gateway.client.statistics(ObjectType.VOLUME, busiest.id()), "the demand, uncapped");
    }

    private void assertIdle(String volumeId, String why) throws Exception {
        for (int second = 0; second < 5; second++) {
            Statistics idle = gateway.client.statistics(ObjectType.VOLUME, volumeId);
            for (String counter : USER_IO) {
                assertEquals(NOTHING, idle.bwc(counter), counter + ", " + why + ", second " + second);
            }
            gateway.advance(1);
        }
    }

    private Volume busiestUnlimitedVolume() throws Exception {
        List<String> connected = gateway.client.sdcs().stream().filter(Sdc::isConnected).map(Sdc::id).toList();
        List<Volume> candidates = gateway.client.volumes().stream()
                .filter(volume -> volume.mappedSdcInfo().size() == 1)
                .filter(volume -> connected.contains(volume.mappedSdcInfo().get(0).sdcId()))
                .filter(volume -> volume.mappedSdcInfo().get(0).limitIops() == null
                        || volume.mappedSdcInfo().get(0).limitIops() == 0)
                .toList();
        Map<String, Statistics> statistics = gateway.client.querySelectedStatistics(ObjectType.VOLUME,
                candidates.stream().map(Volume::id).toList(), List.of(USER_IO));
        Volume busiest = candidates.stream().max(Comparator.comparingLong(volume -> iops(statistics.get(volume.id()))))
                .orElseThrow();
        assertTrue(iops(statistics.get(busiest.id())) > 22, "the demo cluster has a volume busier than 22 IOPS");
        return busiest;
    }

    private static long iops(Statistics volume) {
        return occurred(volume, "userDataReadBwc") + occurred(volume, "userDataWriteBwc");
    }

    /** Microseconds per I/O, reads and writes together. */
    private static double perIo(Statistics volume) {
        return (double) (weight(volume, "userDataSdcReadLatency") + weight(volume, "userDataSdcWriteLatency"))
                / iops(volume);
    }

    private static long sum(Map<String, Statistics> objects, String counter, boolean occurrences) {
        return objects.values().stream()
                .mapToLong(of -> occurrences ? occurred(of, counter) : weight(of, counter)).sum();
    }
}
