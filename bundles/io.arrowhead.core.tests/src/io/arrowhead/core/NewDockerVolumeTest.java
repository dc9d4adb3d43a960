package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** New Docker volumes by storage profile, and attaching with QoS, against the simulator and emulated hosts. */
class NewDockerVolumeTest {

    private HostsFixture fixture;
    private StoragePool firstPool;

    @BeforeEach
    void start() throws Exception {
        fixture = new HostsFixture();
        firstPool = fixture.observer.storagePools().stream().sorted(Comparator.comparing(StoragePool::name))
            .findFirst().orElseThrow();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aNewDockerVolumeCarriesTheProfilesQosOnItsMapping() throws Exception {
        StorageProfile gold = new StorageProfile("gold", domainOf(firstPool), firstPool.name(),
            VolumeType.THICK_PROVISIONED, 8, 20000, 200, FilesystemType.XFS);
        HostOperationJob job = HostOperations.newDockerVolume(fixture.connection, fixture.a, "gold-data", gold, 8);
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        Volume created = volumeNamed("gold-data").orElseThrow();
        assertEquals(firstPool.id(), created.storagePoolId());
        assertEquals(VolumeType.THICK_PROVISIONED, created.volumeType());
        MappedSdcInfo mapping = created.mappingOf(fixture.emulatedA.sdcId()).orElseThrow();
        assertEquals(20000L, mapping.limitIops());
        assertEquals(200L, mapping.limitBwInMbps());
        DockerVolume docker = fixture.dockerVolume(fixture.a, "gold-data").orElseThrow();
        assertEquals(created.id(), docker.volumeId());
        assertEquals("xfs", docker.filesystemType());
        assertEquals(OperationRecord.Kind.CREATE_AND_ATTACH, job.record().kind());
        assertEquals(OperationRecord.Outcome.SUCCEEDED, job.record().outcome());
        assertEquals(created.id(), job.record().subject().volumeId());
    }

    @Test
    void attachingWithLimitsSetsThemOnTheNewMapping() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        IStatus result = HostsFixture.run(HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("limited").withLimits(500, 20)));

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        MappedSdcInfo mapping = fixture.observer.get(ObjectType.VOLUME, volume.id())
            .mappingOf(fixture.emulatedA.sdcId()).orElseThrow();
        assertEquals(500L, mapping.limitIops());
        assertEquals(20L, mapping.limitBwInMbps());
    }

    @Test
    void aFailureAfterTheCreateUnmapsAndDeletesTheNewVolumeAndSaysSo() throws Exception {
        fixture.emulatedA.setDeviceAppearance(false);
        StorageProfile bronze = new StorageProfile("bronze", domainOf(firstPool), null, VolumeType.THIN_PROVISIONED,
            8, 500, 20, FilesystemType.EXT4);
        HostOperationJob job = HostOperations.newDockerVolume(fixture.connection, fixture.a, "doomed", bronze, 8,
            Duration.ofSeconds(2));
        IStatus result = HostsFixture.run(job);

        assertEquals(IStatus.ERROR, result.getSeverity());
        String message = result.getMessage();
        assertTrue(message.contains("at 'Wait for the device on docker-a'"), message);
        assertTrue(message.contains("Undone: Unmap doomed from SDC"), message);
        assertTrue(message.contains("Delete the new volume doomed."), message);
        assertEquals(OperationRecord.Outcome.FAILED_ROLLED_BACK, job.record().outcome());
        assertTrue(volumeNamed("doomed").isEmpty(), "the volume is gone again, so is its mapping");
        assertTrue(fixture.dockerVolume(fixture.a, "doomed").isEmpty());
    }

    @Test
    void dockerBeingDownStopsTheJobBeforeAnyVolumeIsCreated() throws Exception {
        fixture.emulatedA.setDockerRunning(false);
        StorageProfile bronze = new StorageProfile("bronze", domainOf(firstPool), null, VolumeType.THIN_PROVISIONED,
            8, 0, 0, FilesystemType.EXT4);
        int before = fixture.observer.volumes().size();
        IStatus result = HostsFixture.run(HostOperations.newDockerVolume(fixture.connection, fixture.a, "early",
            bronze, 8));

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("at 'Check that early is free'"), result.getMessage());
        assertTrue(result.getMessage().contains("Nothing needed undoing."), result.getMessage());
        assertEquals(before, fixture.observer.volumes().size());
    }

    @Test
    void anyPoolWithRoomPicksThePoolOfTheDomainWithTheMostSpaceThatFits() throws Exception {
        String domain = domainOf(firstPool);
        StoragePool roomiest = fixture.observer.storagePools().stream()
            .filter(pool -> pool.protectionDomainId().equals(firstPool.protectionDomainId()))
            .max(Comparator.comparingLong(this::availableKb)).orElseThrow();
        StorageProfile any = new StorageProfile("any", domain, null, VolumeType.THICK_PROVISIONED, 8, 0, 0,
            FilesystemType.EXT4);
        IStatus result = HostsFixture.run(HostOperations.newDockerVolume(fixture.connection, fixture.b, "roomy", any,
            8));

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertEquals(roomiest.id(), volumeNamed("roomy").orElseThrow().storagePoolId());
        assertTrue(fixture.dockerVolume(fixture.b, "roomy").isPresent());
    }

    @Test
    void aThickVolumeNoPoolHasRoomForIsRefusedWithASentenceAndNothingIsCreated() throws Exception {
        String domain = domainOf(firstPool);
        StorageProfile huge = new StorageProfile("huge", domain, null, VolumeType.THICK_PROVISIONED, 8, 0, 0,
            FilesystemType.EXT4);
        int before = fixture.observer.volumes().size();
        IStatus result = HostsFixture.run(HostOperations.newDockerVolume(fixture.connection, fixture.a, "huge",
            huge, VolumeRules.MAX_SIZE_GIB));

        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("No storage pool of protection domain " + domain
            + " has room for a volume of"), result.getMessage());
        assertEquals(before, fixture.observer.volumes().size());
    }

    @Test
    void anUnknownProtectionDomainIsNamed() throws Exception {
        StorageProfile lost = new StorageProfile("lost", "pd-99", null, VolumeType.THIN_PROVISIONED, 8, 0, 0,
            FilesystemType.EXT4);
        IStatus result = HostsFixture.run(HostOperations.newDockerVolume(fixture.connection, fixture.a, "lost", lost,
            8));
        assertTrue(result.getMessage().contains("The cluster has no protection domain named pd-99, which storage "
            + "profile lost asks for."), result.getMessage());
        assertFalse(volumeNamed("lost").isPresent());
    }

    @Test
    void invalidArgumentsAreRefusedBeforeAnythingRuns() {
        StorageProfile bronze = new StorageProfile("bronze", "pd-01", null, VolumeType.THIN_PROVISIONED, 8, 0, 0,
            FilesystemType.EXT4);
        assertThrows(IllegalArgumentException.class, () -> HostOperations.newDockerVolume(fixture.connection,
            fixture.a, "a-name-far-too-long-for-scaleio-volumes", bronze, 8));
        assertThrows(IllegalArgumentException.class, () -> HostOperations.newDockerVolume(fixture.connection,
            fixture.a, "ok", bronze, 0));
        assertThrows(IllegalArgumentException.class, () -> HostOperations.newDockerVolume(fixture.connection,
            fixture.a, "ok", new StorageProfile("bad", "pd-01", null, VolumeType.THIN_PROVISIONED, 8, 3, 0,
                FilesystemType.EXT4), 8));
        assertThrows(IllegalArgumentException.class, () -> AttachOptions.defaults("ok").withLimits(3, 0));
        assertTrue(fixture.log.entries().isEmpty(), "no operation ran");
    }

    private String domainOf(StoragePool pool) throws Exception {
        return fixture.observer.protectionDomains().stream().filter(pd -> pd.id().equals(pool.protectionDomainId()))
            .findFirst().orElseThrow().name();
    }

    private long availableKb(StoragePool pool) {
        try {
            Long kb = fixture.observer.statistics(ObjectType.STORAGE_POOL, pool.id()).capacity()
                .capacityAvailableForVolumeAllocationInKb();
            return kb == null ? -1 : kb;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Volume> volumeNamed(String name) throws Exception {
        return fixture.observer.volumes().stream().filter(v -> name.equals(v.name())).findFirst();
    }
}
