package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.Volume;

class HostAttachTest {

    private HostsFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new HostsFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void attachingABlankVolumeMapsItFormatsItAndCreatesALabelledDockerVolume() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        HostOperationJob job = HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("data"));
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedA), "mapped at the gateway");
        DockerVolume docker = fixture.dockerVolume(fixture.a, "data").orElseThrow();
        assertEquals(volume.id(), docker.volumeId());
        assertEquals(fixture.core.simulator.systemId(), docker.systemId());
        assertEquals("ext4", docker.filesystemType());
        assertEquals("ext4", fixture.san.filesystem(volume.id()).orElseThrow().type(), "mkfs ran on the disk");

        OperationRecord record = job.record();
        assertEquals(OperationRecord.Outcome.SUCCEEDED, record.outcome());
        assertEquals(OperationRecord.Kind.ATTACH, record.kind());
        assertEquals(volume.name(), record.subject().volumeName());
        assertEquals(List.of("docker-a"), record.subject().hosts());
        assertEquals(StepRecord.Outcome.DONE, step(record, "Make an ext4 filesystem").outcome());
        assertTrue(record.steps().stream().allMatch(s -> s.outcome() == StepRecord.Outcome.DONE), record::toString);
        assertEquals(record, fixture.log.entries().getLast(), "the log has the job's record");
        assertTrue(fixture.connection.model().volume(volume.id()).orElseThrow().isMapped(), "the model reloaded");
    }

    @Test
    void aVolumeThatHoldsAFilesystemKeepsItAndItsType() throws Exception {
        Volume volume = fixture.unmappedVolume(1);
        String uuid = fixture.san.format(volume.id(), "xfs", null).uuid();
        HostOperationJob job = HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            new AttachOptions("kept", FilesystemType.EXT4, false, AttachOptions.DEFAULT_DEVICE_TIMEOUT));
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertEquals("xfs", fixture.dockerVolume(fixture.a, "kept").orElseThrow().filesystemType());
        assertEquals(uuid, fixture.san.filesystem(volume.id()).orElseThrow().uuid(), "no mkfs");
        StepRecord mkfs = step(job.record(), "Make an ext4 filesystem");
        assertEquals(StepRecord.Outcome.SKIPPED, mkfs.outcome());
        assertTrue(mkfs.detail().contains("xfs"), mkfs.detail());
    }

    @Test
    void aDockerNameInUseOnTheHostIsRefusedBeforeAnythingChanges() throws Exception {
        Volume first = fixture.unmappedVolume(0);
        Volume second = fixture.unmappedVolume(1);
        assertEquals(IStatus.OK, HostsFixture.run(HostOperations.attach(fixture.connection, first.id(), fixture.a,
            AttachOptions.defaults("taken"))).getSeverity());

        HostOperationJob job = HostOperations.attach(fixture.connection, second.id(), fixture.a,
            AttachOptions.defaults("taken"));
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("already exists on docker-a"), result.getMessage());
        assertFalse(fixture.mappedAnywhere(second.id()));
        assertTrue(fixture.san.filesystem(second.id()).isEmpty());
        assertEquals(first.id(), fixture.dockerVolume(fixture.a, "taken").orElseThrow().volumeId());
        assertEquals(OperationRecord.Outcome.FAILED_ROLLED_BACK, job.record().outcome());
    }

    @Test
    void aVolumeAttachedElsewhereIsRefusedUnlessSeveralMappingsAreAllowed() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        assertEquals(IStatus.OK, HostsFixture.run(HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("shared"))).getSeverity());

        IStatus refused = HostsFixture.run(HostOperations.attach(fixture.connection, volume.id(), fixture.b,
            AttachOptions.defaults("shared")));

        assertEquals(IStatus.ERROR, refused.getSeverity());
        assertTrue(refused.getMessage().contains("already attached to docker-a"), refused.getMessage());
        assertFalse(fixture.mapped(volume.id(), fixture.emulatedB));
        assertTrue(fixture.dockerVolume(fixture.b, "shared").isEmpty());
    }

    static StepRecord step(OperationRecord record, String name) {
        return record.steps().stream().filter(s -> s.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no step " + name + " in " + record.steps()));
    }
}
