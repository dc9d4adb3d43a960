package io.arrowhead.scaleio.simulator.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.ClusterScenario;

class ScaleScenarioTest {

    @Test
    void theScaleScenarioBuildsAConsistentLargeCluster() {
        SimulatedCluster cluster = SimulatedCluster.create(ClusterScenario.scale(32_768, 1_024, 16),
                ClusterTestSupport.CLOCK);
        ClusterState state = cluster.state();
        assertEquals(32_768, state.volumes.size());
        assertEquals(1_024, state.sdcs.size());
        assertEquals(16, state.storagePools.size());
        Set<String> names = new HashSet<>();
        for (VolumeEntity volume : state.volumes.values()) {
            assertTrue(names.add(volume.name), volume.name);
            assertTrue(volume.name.length() <= 31, volume.name);
            assertNotNull(state.storagePools.get(volume.storagePoolId));
            VTreeEntity vtree = state.vtrees.get(volume.vtreeId);
            assertEquals(volume.storagePoolId, vtree.storagePoolId);
            for (MappingEntity mapping : volume.mappings) {
                assertNotNull(state.sdcs.get(mapping.sdcId));
            }
        }
        CapacityCheck capacity = new CapacityCheck(new ClusterContext(state, IdLedger.scanning(state), null,
                ClusterTestSupport.CLOCK));
        for (StoragePoolEntity pool : state.storagePools.values()) {
            long allocated = 0;
            for (VolumeEntity volume : state.volumes.values()) {
                allocated += volume.storagePoolId.equals(pool.id) ? volume.sizeInKb : 0;
            }
            assertTrue(allocated <= 2 * capacity.usableKb(pool), pool.name);
        }
        JsonNode volumes = ClusterTestSupport.get(cluster, "/api/types/Volume/instances").json();
        assertEquals(32_768, volumes.size());
        assertEquals(1_024, ClusterTestSupport.get(cluster, "/api/instances").json().path("sdcList").size());
    }
}
