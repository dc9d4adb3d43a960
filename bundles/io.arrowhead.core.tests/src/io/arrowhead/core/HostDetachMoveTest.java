package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.scaleio.client.model.Volume;

class HostDetachMoveTest {

    private HostsFixture fixture;
    private Volume volume;

    @BeforeEach
    void start() throws Exception {
        fixture = new HostsFixture();
        volume = fixture.unmappedVolume(0);
        IStatus attached = HostsFixture.run(HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("app-data")));
        assertEquals(IStatus.OK, attached.getSeverity(), attached.getMessage());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void detachingRemovesTheDockerVolumeAndUnmaps() throws Exception {
        HostOperationJob job = HostOperations.detach(fixture.connection, fixture.a, "app-data");
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isEmpty());
        assertFalse(fixture.mappedAnywhere(volume.id()));
        assertEquals(OperationRecord.Kind.DETACH, job.record().kind());
        assertEquals(volume.id(), job.record().subject().volumeId());
        assertEquals(OperationRecord.Outcome.SUCCEEDED, job.record().outcome());
    }

    @Test
    void detachingCanAlsoDeleteTheScaleIoVolume() throws Exception {
        HostOperationJob job = HostOperations.detach(fixture.connection, fixture.a, "app-data", true);
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isEmpty());
        assertTrue(fixture.observer.volumes().stream().noneMatch(v -> v.id().equals(volume.id())),
            "the ScaleIO volume is gone");
        StepRecord last = job.record().steps().getLast();
        assertEquals("Delete volume " + volume.name(), last.name());
        assertEquals(StepRecord.Outcome.DONE, last.outcome());
        assertTrue(job.record().message().endsWith("then deleted it."), job.record().message());
    }

    @Test
    void aVolumeInUseIsNeitherDetachedNorDeleted() throws Exception {
        fixture.emulatedA.startContainer("web", "app-data");

        HostOperationJob job = HostOperations.detach(fixture.connection, fixture.a, "app-data", true);
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("web (running)"), result.getMessage());
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedA));
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isPresent());
        assertTrue(job.record().steps().stream().noneMatch(s -> s.name().startsWith("Delete volume")));
    }

    @Test
    void aVolumeInUseByAContainerIsNotDetached() throws Exception {
        fixture.emulatedA.startContainer("web", "app-data");

        IStatus result = HostsFixture.run(HostOperations.detach(fixture.connection, fixture.a, "app-data"));

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("web (running)"), result.getMessage());
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isPresent());
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedA));
    }

    @Test
    void aDockerVolumeArrowheadDidNotMakeIsLeftAlone() throws Exception {
        fixture.emulatedA.startContainer("other", "foreign");
        fixture.emulatedA.stopContainer("other");
        fixture.emulatedA.removeContainer("other");

        IStatus result = HostsFixture.run(HostOperations.detach(fixture.connection, fixture.a, "foreign"));

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("not created by Arrowhead"), result.getMessage());
        assertTrue(fixture.dockerVolume(fixture.a, "foreign").isPresent());
    }

    @Test
    void movingTakesTheVolumeAndItsFilesystemToTheOtherHost() throws Exception {
        String uuid = fixture.san.filesystem(volume.id()).orElseThrow().uuid();
        HostOperationJob job = HostOperations.move(fixture.connection, "app-data", fixture.a, fixture.b,
            Duration.ofSeconds(10));
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isEmpty());
        DockerVolume moved = fixture.dockerVolume(fixture.b, "app-data").orElseThrow();
        assertEquals(volume.id(), moved.volumeId());
        assertFalse(fixture.mapped(volume.id(), fixture.emulatedA));
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedB));
        assertEquals(uuid, fixture.san.filesystem(volume.id()).orElseThrow().uuid(), "not formatted again");
        assertEquals(OperationRecord.Kind.MOVE, job.record().kind());
        assertEquals(java.util.List.of("docker-a", "docker-b"), job.record().subject().hosts());
        assertEquals(java.util.List.of(StepRecord.Outcome.DONE, StepRecord.Outcome.DONE, StepRecord.Outcome.SKIPPED),
            job.record().steps().stream().filter(s -> s.name().startsWith("Find the SDC of"))
                .map(StepRecord::outcome).toList(),
            "the target's SDC is looked up once, before detaching, and reused when attaching: " + job.record().steps());
    }

    @Test
    void aMoveWhoseTargetFailsPutsTheVolumeBackOnTheSource() throws Exception {
        fixture.emulatedB.setDeviceAppearance(false);
        HostOperationJob job = HostOperations.move(fixture.connection, "app-data", fixture.a, fixture.b,
            Duration.ofSeconds(2));
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("attached to docker-a again"), result.getMessage());
        assertEquals(OperationRecord.Outcome.FAILED_ROLLED_BACK, job.record().outcome());
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedA));
        assertFalse(fixture.mapped(volume.id(), fixture.emulatedB));
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isPresent());
        assertTrue(fixture.dockerVolume(fixture.b, "app-data").isEmpty());
    }

    @Test
    void aMoveCancelledOnTheTargetPutsTheVolumeBackOnTheSource() throws Exception {
        fixture.emulatedB.setDeviceAppearance(false);
        HostOperationJob job = HostOperations.move(fixture.connection, "app-data", fixture.a, fixture.b,
            Duration.ofSeconds(60));
        job.schedule();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!fixture.mapped(volume.id(), fixture.emulatedB) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        job.cancel();
        job.join();

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(OperationRecord.Outcome.CANCELLED, job.record().outcome());
        assertTrue(job.record().message().contains("attached to docker-a again"), job.record().message());
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedA));
        assertFalse(fixture.mapped(volume.id(), fixture.emulatedB));
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isPresent());
    }
}
