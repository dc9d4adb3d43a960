package io.arrowhead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
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
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.demo.internal.DemoHosts;
import io.arrowhead.demo.internal.Messages;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * After a restart of the demo (not a reset) its emulated hosts' Docker volumes and its cluster's mappings agree: what
 * was attached stays attached, and a start repairs a disagreement both ways.
 */
class DemoRestartTest {

    private DemoFixture fixture;
    private DockerHosts hosts;
    private DemoCluster demo;
    private GatewayConnection connection;

    @BeforeEach
    void start() throws Exception {
        fixture = new DemoFixture();
        hosts = new DockerHosts(fixture.secrets, fixture.preferences, fixture.directory.resolve("app"),
            new OperationsLog(fixture.directory.resolve("app")));
        demo = new DemoCluster(fixture.directory.resolve("demo"), hosts);
        open();
    }

    @AfterEach
    void stop() throws Exception {
        Job.getJobManager().join(GatewayJob.FAMILY, null);
        demo.close(fixture.connections);
        hosts.close();
        fixture.close();
    }

    @Test
    void anAttachedVolumeIsStillAttachedAndUsableAfterARestart() throws Exception {
        String volumeId = freeVolumes(1).getFirst();
        attach(volumeId, 0, "kept-data");

        restart();
        EmulatedDockerHost docker01 = demo.emulatedHosts().getFirst();
        assertEquals(List.of("kept-data"), names(docker01));
        assertEquals(volumeId, docker01.dockerVolumes().getFirst().volumeId());
        assertTrue(isMapped(volumeId, docker01), "the mapping survived the restart");
        assertEquals(0, demo.reconciled().getChildren().length, "nothing needed repair");
        assertTrue(fixture.trustAsked.isEmpty(), "the hosts' keys are trusted again");

        assertEquals(IStatus.OK, run(HostOperations.detach(connection, demo.hosts().getFirst(), "kept-data"))
            .getSeverity(), "the restarted host takes the next operation");
        assertEquals(List.of(), names(docker01));
        assertFalse(isMapped(volumeId, docker01));
    }

    @Test
    void aStartRemovesDockerVolumesThatLostTheirMappingAndUnmapsVolumesThatLostTheirDockerVolume() throws Exception {
        List<String> volumes = freeVolumes(3);
        attach(volumes.get(0), 0, "kept-data");
        attach(volumes.get(1), 0, "stale-data");
        EmulatedDockerHost docker01 = demo.emulatedHosts().get(0);
        EmulatedDockerHost docker02 = demo.emulatedHosts().get(1);
        docker01.startContainer("app", "stale-data");
        docker01.startContainer("web", "plain-data"); // a Docker volume of someone else's, without Arrowhead's labels
        try (GatewayClient gateway = gateway()) {
            // What the console's Map and Unmap do, at the gateway only.
            gateway.unmapVolume(volumes.get(1), SdcRef.guid(docker01.sdcGuid()));
            gateway.mapVolume(volumes.get(2), SdcRef.guid(docker02.sdcGuid()), false, null);
        }
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            restart();
        } finally {
            Platform.removeLogListener(listener);
        }

        docker01 = demo.emulatedHosts().get(0);
        docker02 = demo.emulatedHosts().get(1);
        assertEquals(List.of("kept-data", "plain-data"), names(docker01));
        assertTrue(isMapped(volumes.get(0), docker01));
        assertFalse(isMapped(volumes.get(1), docker01));
        assertFalse(isMapped(volumes.get(2), docker02), "a mapping without its Docker volume is undone");
        IStatus reconciled = demo.reconciled();
        assertEquals(IStatus.INFO, reconciled.getSeverity(), reconciled.toString());
        List<String> repairs = Arrays.stream(reconciled.getChildren()).map(IStatus::getMessage).toList();
        assertEquals(2, repairs.size(), repairs.toString());
        assertTrue(repairs.get(0).contains("stale-data") && repairs.get(0).contains("app"), repairs.get(0));
        assertTrue(repairs.get(1).contains(volumeName(volumes.get(2))) && repairs.get(1).contains("docker-02"),
            repairs.get(1));
        assertTrue(logged.stream().anyMatch(status -> status.getMessage().equals(Messages.DemoReconcile_title)),
            "the repairs are in the Error Log");
    }

    @Test
    void aHostThatLostItsDockerStateGetsItsVolumesUnmapped() throws Exception {
        String volumeId = freeVolumes(1).getFirst();
        attach(volumeId, 1, "lost-data");
        demo.close(fixture.connections);
        Files.delete(fixture.directory.resolve("demo/hosts/docker-02" + DemoHosts.DOCKER_FILE_SUFFIX));

        open();
        EmulatedDockerHost docker02 = demo.emulatedHosts().get(1);
        assertFalse(isMapped(volumeId, docker02));
        assertEquals(1, demo.reconciled().getChildren().length, demo.reconciled().toString());
    }

    private void open() throws Exception {
        connection = demo.open(fixture.connections);
        Job.getJobManager().join(connection, null);
        assertTrue(connection.isConnected(), connection.lastError());
        assertEquals(2, demo.emulatedHosts().size(), "the demo's hosts started");
    }

    private void restart() throws Exception {
        Job.getJobManager().join(GatewayJob.FAMILY, null);
        demo.close(fixture.connections);
        open();
    }

    private List<String> freeVolumes(int count) {
        return connection.model().allVolumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot()).limit(count)
            .map(Volume::id).toList();
    }

    private void attach(String volumeId, int host, String dockerVolume) throws InterruptedException {
        IStatus attached = run(HostOperations.attach(connection, volumeId, demo.hosts().get(host),
            AttachOptions.defaults(dockerVolume)));
        assertEquals(IStatus.OK, attached.getSeverity(), attached.getMessage());
    }

    private static IStatus run(HostOperationJob job) throws InterruptedException {
        job.schedule();
        job.join();
        return job.getResult();
    }

    private static List<String> names(EmulatedDockerHost host) {
        return host.dockerVolumes().stream().map(DockerVolume::name).toList();
    }

    /** Asks the demo gateway itself, not the console's copy of its state. */
    private boolean isMapped(String volumeId, EmulatedDockerHost host) throws Exception {
        try (GatewayClient gateway = gateway()) {
            return gateway.get(ObjectType.VOLUME, volumeId).mappingOf(host.sdcId()).isPresent();
        }
    }

    private String volumeName(String volumeId) throws Exception {
        try (GatewayClient gateway = gateway()) {
            return gateway.get(ObjectType.VOLUME, volumeId).name();
        }
    }

    private GatewayClient gateway() {
        return GatewayClient.create(GatewayConfig.builder(demo.simulator().endpoint().toString()).user("admin")
            .password(demo.password()).tls(TlsPolicy.pinned(demo.simulator().certificateFingerprint())).build());
    }
}
