package io.arrowhead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.VolumeType;

class DemoClusterTest {

    private DemoFixture fixture;
    private DemoCluster demo;

    @BeforeEach
    void start() throws Exception {
        fixture = new DemoFixture();
        demo = new DemoCluster(fixture.directory.resolve("demo"));
    }

    @AfterEach
    void stop() throws Exception {
        demo.close(fixture.connections);
        fixture.close();
    }

    @Test
    void opensTheDemoClusterWithoutAskingAndWithoutSavingIt() throws Exception {
        GatewayConnection connection = demo.open(fixture.connections);
        Job.join(connection);
        assertTrue(connection.isConnected(), connection.lastError());
        assertEquals("Demo", connection.name());
        assertTrue(connection.isDemo());
        assertTrue(fixture.trustAsked.isEmpty(), "the console trusts the certificate it made");
        assertEquals(2, connection.model().protectionDomains().size());
        assertEquals(6, connection.model().sdcs().size());
        assertTrue(connection.model().allVolumes().size() >= 50);
        assertTrue(fixture.newConnections().all().isEmpty(), "the demo is not saved as a gateway");
    }

    @Test
    void itsStatePersistsBetweenRunsUntilReset() throws Exception {
        GatewayConnection connection = demo.open(fixture.connections);
        Job.join(connection);
        String pool = connection.model().snapshot().storagePoolList().getFirst().id();
        var create = ClusterOperations.createVolume(connection,
            VolumeRequest.ofGib(pool, "kept", 8, VolumeType.THIN_PROVISIONED));
        create.schedule();
        create.join();

        demo.close(fixture.connections);
        connection = demo.open(fixture.connections);
        Job.join(connection);
        assertTrue(connection.model().volumeByName("kept").isPresent(), "the volume survived a restart");

        connection = demo.reset(fixture.connections);
        Job.join(connection);
        assertTrue(connection.model().volumeByName("kept").isEmpty(), "reset starts from the initial cluster");
    }

    /** Waits for every job of a connection. */
    private static final class Job {
        static void join(GatewayConnection connection) throws InterruptedException {
            org.eclipse.core.runtime.jobs.Job.getJobManager().join(connection, null);
        }
    }
}
