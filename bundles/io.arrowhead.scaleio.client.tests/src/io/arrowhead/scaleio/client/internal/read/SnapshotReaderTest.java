package io.arrowhead.scaleio.client.internal.read;

import static io.arrowhead.scaleio.client.internal.read.DatabindOracle.assertReadsAsDatabind;
import static io.arrowhead.scaleio.client.internal.read.DatabindOracle.databind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.FaultSet;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.StoragePool;

/** The whole-system snapshot and its small types read exactly as databind reads them. */
class SnapshotReaderTest {

    @Test
    void theSimulatorsSnapshotReadsAsDatabindReadsIt() throws Exception {
        String answer = SimulatorAnswers.snapshot();
        ClusterSnapshot read = Json.read(answer, ClusterSnapshot.class);

        assertEquals(databind(answer, ClusterSnapshot.class), read);
        assertTrue(read.volumeList().size() >= 64 && !read.sdcList().isEmpty() && !read.sdsList().isEmpty()
                && !read.deviceList().isEmpty() && !read.vTreeList().isEmpty(), "the answer holds every big list");
        assertNotNull(read.system());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"mdmCluster\":null,\"daysInstalled\":\"16\",\"isInitialLicense\":\"false\",\"links\":null}",
        "{\"mdmCluster\":{\"worker\":[{\"id\":\"w\",\"ips\":[\"10.0.0.1\"]}],\"tieBreakers\":null,\"master\":null}}",
        "{\"mdmCluster\":{\"slaves\":[null,{\"port\":\"9011\",\"managementIPs\":null}],\"master\":{\"x\":[]}}}",
        "{\"mdmCluster\":{\"goodNodesNum\":3.0,\"id\":5302483491453710272,\"unknown\":{\"slaves\":[]}}}"
    })
    void oddSystemsReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, ScaleIoSystem.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"id\":\"p\",\"rebuildNetworkThrottlingInKbps\":\"10240\",\"rfcacheEnabled\":null,\"links\":[]}",
        "{\"sparePercentage\":\"10\",\"useRmcache\":\"true\",\"protectionDomainId\":\"p\",\"other\":{}}"
    })
    void oddDomainsPoolsAndFaultSetsReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, ProtectionDomain.class);
        assertReadsAsDatabind(json, StoragePool.class);
        assertReadsAsDatabind(json, FaultSet.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "null",
        "{\"System\":null,\"volumeList\":null,\"isDirty\":\"true\",\"sessionTag\":7}",
        "{\"system\":{\"id\":\"lower-case names are other fields\"},\"vtreeList\":[{}],\"dirty\":true}",
        "{\"vTreeList\":[{\"id\":\"v\"}],\"volumeList\":[{\"id\":\"a\"}],\"sdcList\":[],\"rfcacheDeviceList\":[{}]}",
        "{\"protectionDomainList\":[{\"id\":\"p\"}],\"storagePoolList\":[{\"id\":\"s\"}],\"faultSetList\":null}"
    })
    void oddSnapshotsReadAsDatabindReadsThem(String json) throws Exception {
        assertReadsAsDatabind(json, ClusterSnapshot.class);
    }
}
