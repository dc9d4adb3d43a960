package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.model.Volume;

/** The order volumes are deleted in and what is unmapped first, on the simulator's snapshot trees. */
class VolumeFamilyTest {

    private CoreFixture fixture;
    private GatewayConnection connection;
    private ClusterModel model;
    private Volume source;
    private Volume snapshot;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        connection = fixture.connected("lab");
        model = connection.model();
        source = model.allVolumes().stream().filter(v -> !v.isSnapshot() && !v.isMapped())
            .filter(v -> !model.snapshots(v.id()).isEmpty()).findFirst().orElseThrow();
        snapshot = model.snapshots(source.id()).getFirst();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void withDescendantsASelectedSnapshotGoesWithItsSource() {
        assertEquals(List.of(source), VolumeFamily.deletionOrder(model, List.of(snapshot, source),
            RemoveMode.INCLUDING_DESCENDANTS));
        assertTrue(VolumeFamily.descendants(model, source.id()).contains(snapshot));
    }

    @Test
    void aloneSnapshotsGoBeforeTheirSource() {
        assertEquals(List.of(snapshot, source), VolumeFamily.deletionOrder(model, List.of(source, snapshot),
            RemoveMode.ONLY_ME));
    }

    @Test
    void aMappedSnapshotIsUnmappedFirstOnlyWhenItGoesToo() throws Exception {
        List<Volume> ordered = List.of(source);
        assertEquals(List.of(), VolumeFamily.unmapBeforeDeleting(model, ordered, ordered,
            RemoveMode.INCLUDING_DESCENDANTS));
        GatewayJob map = ClusterOperations.mapVolumes(connection, List.of(snapshot), model.sdcs().getFirst(),
            MappingOptions.defaultsFor(snapshot));
        map.schedule();
        CoreFixture.join(map);
        ClusterModel mapped = connection.model();
        Volume mappedSnapshot = mapped.volume(snapshot.id()).orElseThrow();
        assertTrue(mappedSnapshot.isMapped());
        List<Volume> alone = List.of(mapped.volume(source.id()).orElseThrow());
        assertEquals(List.of(mappedSnapshot), VolumeFamily.unmapBeforeDeleting(mapped, alone, alone,
            RemoveMode.INCLUDING_DESCENDANTS));
        assertEquals(List.of(), VolumeFamily.unmapBeforeDeleting(mapped, alone, alone, RemoveMode.ONLY_ME));

        List<Volume> both = List.of(mappedSnapshot, alone.getFirst());
        List<Volume> order = VolumeFamily.deletionOrder(mapped, both, RemoveMode.INCLUDING_DESCENDANTS);
        assertEquals(List.of(mappedSnapshot), VolumeFamily.unmapBeforeDeleting(mapped, both, order,
            RemoveMode.INCLUDING_DESCENDANTS), "a selected snapshot that goes with its source is unmapped first");
    }
}
