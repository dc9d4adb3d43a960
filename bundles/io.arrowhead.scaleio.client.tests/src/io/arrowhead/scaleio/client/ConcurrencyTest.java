package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * Eight threads share one client and mix every kind of call, starting on a token the gateway has just expired, so
 * that all of them are refused at once and must share one new login. Afterwards the gateway's state must be
 * exactly what the threads did, and its statistics must agree with it.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int VOLUMES_PER_THREAD = 6;

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
    void mixedCallsFromEightThreadsLeaveAConsistentCluster() throws Exception {
        List<StoragePool> pools = client.storagePools();
        List<Sdc> sdcs = client.sdcs();
        gateway.faults().expireAllTokens();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Set<String>>> survivors = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int number = thread;
            survivors.add(threads.submit(() -> work(number, pools, sdcs)));
        }
        Set<String> expected = new TreeSet<>();
        for (Future<Set<String>> survivor : survivors) {
            expected.addAll(survivor.get());
        }
        threads.shutdown();

        List<Volume> volumes = client.volumes();
        Set<String> actual = volumes.stream().map(Volume::name).filter(name -> name.startsWith("conc-"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        for (Volume volume : volumes) {
            if (volume.name().startsWith("conc-")) {
                assertEquals(volume.name().endsWith("-mapped"), volume.isMapped(), volume.name());
            }
        }
        assertStatisticsMatch(volumes);
    }

    /** Creates, maps, limits, renames, unmaps and removes its own volumes; answers the names it left behind. */
    private Set<String> work(int thread, List<StoragePool> pools, List<Sdc> sdcs) throws IOException {
        Set<String> left = new TreeSet<>();
        for (int i = 0; i < VOLUMES_PER_THREAD; i++) {
            String poolId = pools.get((thread + i) % pools.size()).id();
            String name = "conc-" + thread + "-" + i;
            VolumeType type = i % 3 == 0 ? VolumeType.THICK_PROVISIONED : VolumeType.THIN_PROVISIONED;
            String id = client.createVolume(VolumeRequest.ofGib(poolId, name, 8, type));
            SdcRef sdc = SdcRef.id(sdcs.get((thread + i) % sdcs.size()).id());
            client.mapVolume(id, sdc, false, null);
            client.setMappedSdcLimits(id, sdc, 100 + i, 1024L * (i + 1));
            client.instances();
            switch (i % 3) {
                case 0 -> {
                    client.renameVolume(id, name + "-mapped");
                    left.add(name + "-mapped");
                }
                case 1 -> {
                    client.unmapVolume(id, sdc);
                    left.add(name);
                }
                default -> {
                    client.unmapVolume(id, sdc);
                    client.removeVolume(id, RemoveMode.ONLY_ME);
                }
            }
            client.querySelectedStatistics(ObjectType.VOLUME, null, List.of("userDataWriteBwc"));
        }
        return left;
    }

    private void assertStatisticsMatch(List<Volume> volumes) throws IOException {
        Map<String, Statistics> pools = client.querySelectedStatistics(ObjectType.STORAGE_POOL, null,
                List.of("numOfVolumes"));
        for (Map.Entry<String, Statistics> pool : pools.entrySet()) {
            long inPool = volumes.stream().filter(volume -> volume.storagePoolId().equals(pool.getKey())).count();
            assertEquals(Long.valueOf(inPool), pool.getValue().longValue("numOfVolumes"), pool.getKey());
        }
        Statistics system = client.querySystemStatistics(List.of("numOfVolumes"));
        assertEquals(Long.valueOf(volumes.size()), system.longValue("numOfVolumes"));
        assertTrue(volumes.size() > THREADS * VOLUMES_PER_THREAD / 2);
    }
}
