package io.arrowhead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.scaleio.client.model.Volume;

class DemoHostsTest {

    private DemoFixture fixture;
    private DockerHosts hosts;
    private DemoCluster demo;

    @BeforeEach
    void start() throws Exception {
        fixture = new DemoFixture();
        hosts = new DockerHosts(fixture.secrets, fixture.preferences, fixture.directory.resolve("app"),
            new OperationsLog(fixture.directory.resolve("app")));
        demo = new DemoCluster(fixture.directory.resolve("demo"), hosts);
    }

    @AfterEach
    void stop() throws Exception {
        Job.getJobManager().join(GatewayJob.FAMILY, null);
        demo.close(fixture.connections);
        hosts.close();
        fixture.close();
    }

    @Test
    void theDemoBringsTwoDockerHostsWhoseSdcsBelongToItsCluster() throws Exception {
        GatewayConnection connection = demo.open(fixture.connections);
        Job.getJobManager().join(connection, null);

        List<ManagedHost> demoHosts = demo.hosts();
        assertEquals(List.of("docker-01", "docker-02"), demoHosts.stream().map(ManagedHost::name).toList());
        assertTrue(demoHosts.stream().allMatch(ManagedHost::isDemo));
        assertEquals(demoHosts, hosts.all());
        assertTrue(connection.model().sdcs().stream().anyMatch(sdc -> "docker-01".equals(sdc.name())),
            "the emulated SDCs joined the demo cluster");
        assertTrue(new DockerHosts(fixture.secrets, fixture.preferences, fixture.directory.resolve("app"),
            new OperationsLog(fixture.directory.resolve("app"))).all().isEmpty(), "demo hosts are not saved");

        Volume volume = connection.model().allVolumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot())
            .findFirst().orElseThrow();
        IStatus attached = run(HostOperations.attach(connection, volume.id(), demoHosts.getFirst(),
            AttachOptions.defaults("demo-data")));
        assertEquals(IStatus.OK, attached.getSeverity(), attached.getMessage());
        assertTrue(fixture.trustAsked.isEmpty(), "nobody was asked about the demo's certificate or host keys");
    }

    private static IStatus run(HostOperationJob job) throws InterruptedException {
        job.schedule();
        job.join();
        return job.getResult();
    }

    @Test
    void closingTheDemoRemovesItsHosts() throws Exception {
        demo.open(fixture.connections);
        Job.getJobManager().join(demo.connection(), null);
        demo.close(fixture.connections);
        assertTrue(hosts.all().isEmpty());
        assertTrue(demo.emulatedHosts().isEmpty());
    }
}
