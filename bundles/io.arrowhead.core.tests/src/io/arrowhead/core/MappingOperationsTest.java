package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/** Mapping and unmapping against the simulator, which enforces the gateway's mapping rules. */
class MappingOperationsTest {

    private static final String SET_LIMITS = "POST /api/instances/Volume::*/action/setMappedSdcLimits";
    private static final String UNMAP = "POST /api/instances/Volume::*/action/removeMappedSdc";

    private CoreFixture fixture;
    private GatewayConnection connection;
    private GatewayClient observer;
    private Sdc sdc;
    private Sdc otherSdc;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        connection = fixture.connected("lab");
        observer = fixture.observer();
        List<Sdc> connected = connection.model().sdcs().stream().filter(Sdc::isConnected).toList();
        sdc = connected.get(0);
        otherSdc = connected.get(1);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void mapsWithTheAccessModeAndSetsTheLimitsInMebibytes() throws Exception {
        Volume volume = unmapped(false);
        assertNull(MappingRules.problem(volume, sdc, new MappingOptions(AccessMode.READ_WRITE, false, 500, 20)));
        run(ClusterOperations.mapVolumes(connection, List.of(volume), sdc,
            new MappingOptions(AccessMode.READ_WRITE, false, 500, 20)), IStatus.OK);
        MappedSdcInfo mapping = mappingAtGateway(volume, sdc);
        assertNotNull(mapping, "the volume is mapped at the gateway");
        assertEquals("ReadWrite", mapping.accessMode());
        assertEquals(500L, mapping.limitIops());
        assertEquals(20L, mapping.limitBwInMbps());
        assertTrue(connection.model().volume(volume.id()).orElseThrow().mappingOf(sdc.id()).isPresent(),
            "the model was reloaded with the new mapping");
        assertEquals("Volume " + volume.name() + " is already mapped to SDC " + ClusterModel.sdcLabel(sdc) + ".",
            MappingRules.targetProblem(connection.model().volume(volume.id()).orElseThrow(), sdc));
    }

    @Test
    void limitsTheGatewayRefusesLeaveNoMappingBehind() throws Exception {
        Volume volume = unmapped(false);
        // 5 IOPS passes no check of the console, so the gateway itself refuses the limits after the mapping.
        Job job = ClusterOperations.mapVolumes(connection, List.of(volume), sdc,
            new MappingOptions(AccessMode.READ_WRITE, false, 5, 0));
        run(job, IStatus.ERROR);
        assertTrue(job.getResult().getMessage().contains("was unmapped again"), job.getResult().getMessage());
        assertTrue(job.getResult().getMessage().contains("iopsLimit"), "the gateway's reason is kept");
        assertNull(mappingAtGateway(volume, sdc), "the mapping was undone");
        assertTrue(connection.model().volume(volume.id()).orElseThrow().mappingOf(sdc.id()).isEmpty());
    }

    @Test
    void aFailedUndoSaysTheMappingIsStillThere() throws Exception {
        Volume volume = unmapped(false);
        fixture.simulator.faults().failNext(SET_LIMITS, 1, 500, 69, "Communication error");
        fixture.simulator.faults().failNext(UNMAP, 1, 500, 69, "Communication error");
        Job job = ClusterOperations.mapVolumes(connection, List.of(volume), sdc,
            new MappingOptions(AccessMode.READ_WRITE, false, 100, 0));
        run(job, IStatus.ERROR);
        assertTrue(job.getResult().getMessage().contains("is still mapped, without limits"),
            job.getResult().getMessage());
        MappedSdcInfo left = mappingAtGateway(volume, sdc);
        assertNotNull(left, "the message tells the truth: the mapping is there");
        assertEquals(0L, left.limitIops());
    }

    @Test
    void aSnapshotMapsReadOnlyAndTheRuleAgreesWithTheGateway() throws Exception {
        Volume snapshot = unmapped(true);
        MappingOptions readWrite = new MappingOptions(AccessMode.READ_WRITE, false, 0, 0);
        assertEquals(AccessMode.READ_ONLY, MappingOptions.defaultsFor(snapshot).accessMode());
        assertTrue(MappingRules.problem(snapshot, sdc, readWrite).contains("can only be mapped read-only"));
        run(ClusterOperations.mapVolumes(connection, List.of(snapshot), sdc, readWrite), IStatus.ERROR);
        assertNull(mappingAtGateway(snapshot, sdc), "the gateway refuses it too");

        run(ClusterOperations.mapVolumes(connection, List.of(snapshot), sdc, MappingOptions.defaultsFor(snapshot)),
            IStatus.OK);
        assertEquals("ReadOnly", mappingAtGateway(snapshot, sdc).accessMode());
    }

    @Test
    void aSecondMappingNeedsMultipleMappingsAndUnmappingOneKeepsTheOther() throws Exception {
        Volume volume = unmapped(false);
        run(ClusterOperations.mapVolumes(connection, List.of(volume), sdc, MappingOptions.defaultsFor(volume)),
            IStatus.OK);
        Volume mapped = connection.model().volume(volume.id()).orElseThrow();
        MappingOptions single = new MappingOptions(AccessMode.READ_WRITE, false, 0, 0);
        assertTrue(MappingRules.problem(mapped, otherSdc, single).contains("Allow multiple mappings"));
        run(ClusterOperations.mapVolumes(connection, List.of(mapped), otherSdc, single), IStatus.ERROR);
        assertNull(mappingAtGateway(volume, otherSdc), "the gateway refuses a second single mapping");

        run(ClusterOperations.mapVolumes(connection, List.of(mapped), otherSdc,
            new MappingOptions(AccessMode.READ_ONLY, true, 0, 0)), IStatus.OK);
        assertEquals("ReadOnly", mappingAtGateway(volume, otherSdc).accessMode());

        Volume twice = connection.model().volume(volume.id()).orElseThrow();
        run(ClusterOperations.unmapFromSdc(connection,
            new ClusterOperations.Mapping(twice, sdc.id(), ClusterModel.sdcLabel(sdc))), IStatus.OK);
        assertNull(mappingAtGateway(volume, sdc));
        assertNotNull(mappingAtGateway(volume, otherSdc), "only the one mapping was removed");
    }

    @Test
    void unmappingWhatIsNotMappedReportsTheGatewaysRefusal() throws Exception {
        Volume volume = unmapped(false);
        Job job = ClusterOperations.unmapFromSdc(connection,
            new ClusterOperations.Mapping(volume, sdc.id(), ClusterModel.sdcLabel(sdc)));
        run(job, IStatus.ERROR);
        assertTrue(job.getResult().getMessage().contains("error code 84"), job.getResult().getMessage());
    }

    @Test
    void limitRulesMatchTheGateways() {
        assertNull(MappingRules.limitsProblem(0, 0));
        assertNull(MappingRules.limitsProblem(11, 1));
        assertEquals("The IOPS limit must be 0 (unlimited) or at least 11.", MappingRules.limitsProblem(5, 0));
        assertEquals("The bandwidth limit cannot be negative.", MappingRules.limitsProblem(0, -1));
    }

    private Volume unmapped(boolean snapshot) {
        return connection.model().allVolumes().stream().filter(v -> !v.isMapped() && v.isSnapshot() == snapshot)
            .findFirst().orElseThrow();
    }

    private MappedSdcInfo mappingAtGateway(Volume volume, Sdc target) throws Exception {
        return observer.get(ObjectType.VOLUME, volume.id()).mappingOf(target.id()).orElse(null);
    }

    private static void run(Job job, int expectedSeverity) throws InterruptedException {
        job.schedule();
        job.join();
        assertEquals(expectedSeverity, job.getResult().getSeverity(), job.getResult().getMessage());
    }
}
