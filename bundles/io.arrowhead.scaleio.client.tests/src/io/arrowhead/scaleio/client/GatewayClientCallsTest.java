package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.ScriptedGateway.Answer;
import io.arrowhead.scaleio.client.ScriptedGateway.Recorded;

/**
 * What the client puts on the wire for actions and concurrent re-logins: paths, string values, and how many logins
 * happen. The simulator accepts every variant a real client sends, so it cannot show these; {@link ScriptedGateway}
 * records them. Behaviour is tested against the simulator in the *RoundTripTest classes.
 */
class GatewayClientCallsTest {

    private final ScriptedGateway gateway = new ScriptedGateway();

    @Test
    void threadsRefusedTogetherCauseOneRelogin() throws Exception {
        int threads = 6;
        CountDownLatch allRefused = new CountDownLatch(threads);
        try (GatewayClient client = gateway.client(); ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            client.login();
            gateway.route("GET /api/types/Volume/instances", (request, chain) -> {
                if (request.authorization().equals("Basic " + ScriptedGateway.base64("admin:token-1"))) {
                    // refuse the first token, but only once every thread has used it
                    allRefused.countDown();
                    awaitQuietly(allRefused);
                    return new Answer(401, ScriptedGateway.UNAUTHORIZED);
                }
                return new Answer(200, "[]");
            });
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> client.volumes()));
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }

            assertEquals(2, gateway.logins());
            assertEquals(2 * threads, gateway.requestsTo("/api/types/Volume/instances").size());
        }
    }

    @Test
    void idsAreCheckedBeforeAnyRequest() {
        try (GatewayClient client = gateway.client()) {
            assertThrows(IllegalArgumentException.class, () -> client.get(ObjectType.VOLUME, "../x"));
            assertThrows(IllegalArgumentException.class, () -> client.removeVolume("a;b", RemoveMode.ONLY_ME));
            assertThrows(IllegalArgumentException.class, () -> client.statistics(ObjectType.SDC, "6076fd0f 0000000"));
            assertThrows(IllegalArgumentException.class,
                    () -> client.snapshotVolumes("499634a44778afc0/../x", List.of()));
            assertTrue(gateway.requests().isEmpty());
        }
    }

    @Test
    void actionsGoToTheDocumentedPathsWithStringValues() throws Exception {
        try (GatewayClient client = gateway.client()) {
            client.setVolumeSize("993A355E00000001", 24);
            client.mapVolume("993a355e00000001", SdcRef.id("6076fd1100000002"), false, null);
            client.mapVolume("993a355e00000001", SdcRef.guid("b71f01ae-ff7a-47c5-a303-583ffd416818"), true,
                    AccessMode.READ_ONLY);
            client.setMappedSdcLimits("993a355e00000001", SdcRef.id("6076fd1100000002"), 1000, 10240);
            client.unmapVolumeFromAllSdcs("993a355e00000001");
            client.removeVolume("993a355e00000001", RemoveMode.INCLUDING_DESCENDANTS);
            client.setSdcName("6076fd1000000001", "compute-02");

            String volume = "/api/instances/Volume::993a355e00000001/action/";
            assertEquals(List.of(
                    "POST " + volume + "setVolumeSize {\"sizeInGB\":\"24\"}",
                    "POST " + volume + "addMappedSdc {\"sdcId\":\"6076fd1100000002\",\"allowMultipleMappings\":\"FALSE\"}",
                    "POST " + volume + "addMappedSdc {\"guid\":\"B71F01AE-FF7A-47C5-A303-583FFD416818\","
                            + "\"allowMultipleMappings\":\"TRUE\",\"accessMode\":\"ReadOnly\"}",
                    "POST " + volume + "setMappedSdcLimits {\"sdcId\":\"6076fd1100000002\",\"iopsLimit\":\"1000\","
                            + "\"bandwidthLimitInKbps\":\"10240\"}",
                    "POST " + volume + "removeMappedSdc {\"allSdcs\":\"TRUE\"}",
                    "POST " + volume + "removeVolume {\"removeMode\":\"INCLUDING_DESCENDANTS\"}",
                    "POST /api/instances/Sdc::6076fd1000000001/action/setSdcName {\"sdcName\":\"compute-02\"}"),
                    calls());
        }
    }

    @Test
    void snapshotsGoToTheSystemWithOrWithoutItsId() throws Exception {
        String answer = Fixtures.read("snapshot_volumes_response.json");
        gateway.answer("POST /api/instances/System/action/snapshotVolumes", 200, answer);
        gateway.answer("POST /api/instances/System::499634a44778afc0/action/snapshotVolumes", 200, answer);
        List<SnapshotDefinition> definitions = List.of(new SnapshotDefinition("993a355e00000001", "volume2-16-snap"));
        try (GatewayClient client = gateway.client()) {
            SnapshotGroup withoutId = client.snapshotVolumes(null, definitions);
            SnapshotGroup withId = client.snapshotVolumes("499634a44778afc0", definitions);

            assertEquals(new SnapshotGroup("77fc9ce100000001", List.of("993a5c6d00000002")), withoutId);
            assertEquals(withoutId, withId);
        }
    }

    private List<String> calls() {
        return gateway.requests().stream().filter(request -> request.method().equals("POST"))
                .map(GatewayClientCallsTest::describe).toList();
    }

    private static String describe(Recorded request) {
        return request.method() + " " + request.path() + " " + request.body();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
