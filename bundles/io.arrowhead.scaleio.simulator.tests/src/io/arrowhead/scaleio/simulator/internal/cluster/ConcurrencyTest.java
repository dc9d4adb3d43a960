package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ConcurrencyTest {

    @Test
    void parallelCreatesAndReadsStayConsistent() throws Exception {
        SimulatedCluster cluster = ClusterTestSupport.small();
        String poolId = ClusterTestSupport.firstPoolId(cluster);
        int before = get(cluster, "/api/types/Volume/instances").json().size();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<String>> creations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "par-" + (i % 100); // every name twice: exactly one of each pair may win
            creations.add(threads.submit(() -> {
                get(cluster, "/api/instances");
                JsonNode answer = post(cluster, "/api/types/Volume/instances", "{\"storagePoolId\":\"" + poolId
                        + "\",\"volumeSizeInGb\":\"8\",\"name\":\"" + name + "\"}").json();
                return answer.has("id") ? answer.path("id").asText() : "refused:" + answer.path("errorCode").asInt();
            }));
        }
        Set<String> ids = new HashSet<>();
        int refused = 0;
        for (Future<String> creation : creations) {
            String result = creation.get();
            if (result.startsWith("refused:")) {
                assertEquals("refused:99", result);
                refused++;
            } else {
                ids.add(result);
            }
        }
        threads.shutdown();
        assertEquals(100, ids.size());
        assertEquals(100, refused);
        assertEquals(before + 100, get(cluster, "/api/types/Volume/instances").json().size());
    }
}
