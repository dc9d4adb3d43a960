package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

class ClusterOperationsTest {

    private CoreFixture fixture;
    private GatewayConnection connection;
    private GatewayClient observer;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        connection = fixture.connected("lab");
        observer = fixture.observer();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void createRenameGrowAndDeleteChangeTheGatewayAndTheModel() throws Exception {
        StoragePool pool = connection.model().snapshot().storagePoolList().getFirst();
        var create = ClusterOperations.createVolume(connection,
            VolumeRequest.ofGib(pool.id(), "ops-new", 10, VolumeType.THIN_PROVISIONED));
        assertOk(create);
        String id = create.createdVolumeId();
        assertEquals("ops-new", observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, id).name());
        assertEquals(16, connection.model().volume(id).orElseThrow().sizeInKb() / Sizes.KIB_PER_GIB,
            "the model was reloaded after the operation, with the size rounded to 8 GiB");

        assertOk(ClusterOperations.renameVolume(connection, id, "ops-renamed"));
        assertEquals("ops-renamed", observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, id).name());
        assertEquals("ops-renamed", connection.model().volume(id).orElseThrow().name());

        assertOk(ClusterOperations.growVolume(connection, id, 20));
        assertEquals(24 * Sizes.KIB_PER_GIB, observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, id).sizeInKb());

        Volume volume = connection.model().volume(id).orElseThrow();
        assertOk(ClusterOperations.deleteVolumes(connection, List.of(volume), RemoveMode.ONLY_ME, false));
        assertTrue(connection.model().volume(id).isEmpty());
        assertTrue(observer.volumes().stream().noneMatch(v -> v.id().equals(id)));
    }

    @Test
    void aRefusedOperationReportsTheGatewaysCodeAndMessage() throws Exception {
        Volume mapped = anyMappedVolume();
        Job job = ClusterOperations.deleteVolumes(connection, List.of(mapped), RemoveMode.ONLY_ME, false);
        job.schedule();
        job.join();
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(job.getResult().getMessage().startsWith("The gateway refused the request"),
            job.getResult().getMessage());
        assertTrue(observer.volumes().stream().anyMatch(v -> v.id().equals(mapped.id())), "nothing was removed");
    }

    @Test
    void unmapFirstDeletesAMappedVolume() throws Exception {
        Volume mapped = anyMappedVolume();
        assertOk(ClusterOperations.deleteVolumes(connection, List.of(mapped), RemoveMode.INCLUDING_DESCENDANTS, true));
        assertTrue(observer.volumes().stream().noneMatch(v -> v.id().equals(mapped.id())));
    }

    @Test
    void mappingLimitsAreSentInKilobytesAndReadBackInMegabytes() throws Exception {
        Volume mapped = anyMappedVolume();
        String sdcId = mapped.mappedSdcInfo().getFirst().sdcId();
        assertOk(ClusterOperations.setMappingLimits(connection, mapped.id(), sdcId, 500, 20));
        MappedSdcInfo mapping = observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, mapped.id())
            .mappingOf(sdcId).orElseThrow();
        assertEquals(500L, mapping.limitIops());
        assertEquals(20L, mapping.limitBwInMbps());
        assertEquals(20L, connection.model().volume(mapped.id()).orElseThrow().mappingOf(sdcId).orElseThrow()
            .limitBwInMbps());
    }

    @Test
    void aSavedEditorAppliesOnlyWhatChanged() throws Exception {
        Volume mapped = anyMappedVolume();
        String sdcId = mapped.mappedSdcInfo().getFirst().sdcId();
        var changes = new ClusterOperations.VolumeChanges("edited", null,
            List.of(new ClusterOperations.MappingLimits(sdcId, 0, 0)));
        assertOk(ClusterOperations.saveVolume(connection, mapped.id(), changes));
        Volume after = observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, mapped.id());
        assertEquals("edited", after.name());
        assertEquals(mapped.sizeInKb(), after.sizeInKb());
        assertEquals(0L, after.mappingOf(sdcId).orElseThrow().limitIops());
    }

    @Test
    void aSnapshotAppearsUnderItsVolume() throws Exception {
        Volume volume = connection.model().allVolumes().stream().filter(v -> !v.isSnapshot()).findFirst()
            .orElseThrow();
        int before = connection.model().snapshots(volume.id()).size();
        assertOk(ClusterOperations.takeSnapshot(connection, volume.id(), "ops-snap"));
        List<Volume> snapshots = connection.model().snapshots(volume.id());
        assertEquals(before + 1, snapshots.size());
        assertTrue(snapshots.stream().anyMatch(s -> s.name().equals("ops-snap")));
    }

    @Test
    void anSdcCanBeRenamed() throws Exception {
        String sdcId = connection.model().sdcs().getFirst().id();
        assertOk(ClusterOperations.renameSdc(connection, sdcId, "renamed-host"));
        assertEquals("renamed-host", observer.get(io.arrowhead.scaleio.client.ObjectType.SDC, sdcId).name());
    }

    @Test
    void aLostGatewayFailsTheOperationAndMarksTheConnection() throws Exception {
        fixture.simulator.close();
        Job job = ClusterOperations.renameVolume(connection, connection.model().allVolumes().getFirst().id(), "x");
        job.schedule();
        job.join();
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertEquals(ConnectionState.FAILED, connection.state());
        assertFalse(connection.lastError().isBlank());
    }

    private Volume anyMappedVolume() {
        return connection.model().allVolumes().stream().filter(Volume::isMapped).findFirst().orElseThrow();
    }

    private static void assertOk(Job job) throws InterruptedException {
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
    }
}
