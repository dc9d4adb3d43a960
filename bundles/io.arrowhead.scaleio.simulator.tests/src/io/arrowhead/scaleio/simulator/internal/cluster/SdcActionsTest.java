package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class SdcActionsTest {

    private static final String GUID = "b0e3bfb8-c20b-43bf-93c8-13339e85aa50";

    private final SimulatedCluster cluster = ClusterTestSupport.small();
    private final List<String> sdcs = ClusterTestSupport.sdcIds(cluster);

    @Test
    void setSdcNameRenamesAndRefusesTakenNames() {
        post(cluster, "/api/instances/Sdc::" + sdcs.get(0) + "/action/setSdcName", "{\"sdcName\":\"worker-a\"}")
                .assertEmptyObject();
        assertEquals("worker-a", get(cluster, "/api/instances/Sdc::" + sdcs.get(0)).json().path("name").asText());
        post(cluster, "/api/instances/Sdc::" + sdcs.get(1) + "/action/setSdcName", "{\"sdcName\":\"worker-a\"}")
                .assertError(500, 592, "SDC name is already in use. Please use a different name.");
        post(cluster, "/api/instances/Sdc::" + sdcs.get(0) + "/action/setSdcName", "{\"sdcName\":\"worker-a\"}")
                .assertEmptyObject();
        post(cluster, "/api/instances/Sdc::0123456789abcdef/action/setSdcName", "{\"sdcName\":\"x\"}")
                .assertError(500, 80, "Could not find the SDC");
    }

    @Test
    void registerAddsThenUpdatesBySdcGuid() {
        String id = cluster.registerSdc(GUID, "10.0.200.7", "lab-host");
        JsonNode sdc = get(cluster, "/api/instances/Sdc::" + id).json();
        assertEquals(GUID.toUpperCase(), sdc.path("sdcGuid").asText());
        assertEquals("10.0.200.7", sdc.path("sdcIp").asText());
        assertEquals("Connected", sdc.path("mdmConnectionState").asText());
        assertEquals(id, cluster.registerSdc(GUID.toUpperCase(), "10.0.200.8", null));
        sdc = get(cluster, "/api/instances/Sdc::" + id).json();
        assertEquals("10.0.200.8", sdc.path("sdcIp").asText());
        assertEquals("lab-host", sdc.path("name").asText());
        assertEquals(4, ClusterTestSupport.sdcIds(cluster).size());
    }

    @Test
    void connectionStateFollowsTheLabAgent() {
        String id = cluster.registerSdc(GUID, "10.0.200.7", null);
        cluster.setSdcConnected(GUID, false);
        assertEquals("Disconnected", get(cluster, "/api/instances/Sdc::" + id).json().path("mdmConnectionState")
                .asText());
        cluster.setSdcConnected(id, true);
        assertEquals("Connected", get(cluster, "/api/instances/Sdc::" + id).json().path("mdmConnectionState")
                .asText());
        assertThrows(IllegalArgumentException.class, () -> cluster.setSdcConnected("0123456789abcdef", true));
    }

    @Test
    void registrationRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> cluster.registerSdc("not-a-guid", "10.0.0.1", null));
        assertThrows(IllegalArgumentException.class, () -> cluster.registerSdc(GUID, " ", null));
        assertThrows(IllegalArgumentException.class, () -> cluster.registerSdc(GUID, "10.0.0.1", "has space"));
        String taken = get(cluster, "/api/instances/Sdc::" + sdcs.get(0)).json().path("name").asText();
        assertThrows(IllegalArgumentException.class, () -> cluster.registerSdc(GUID, "10.0.0.1", taken));
    }
}
