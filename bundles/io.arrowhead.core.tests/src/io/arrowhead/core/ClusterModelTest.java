package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.model.Volume;

class ClusterModelTest {

    private CoreFixture fixture;
    private ClusterModel model;

    @BeforeEach
    void load() throws Exception {
        fixture = new CoreFixture();
        model = ClusterModel.of(fixture.observer().instances(), Instant.now());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void everyVolumeIsEitherInItsPoolOrUnderItsSource() {
        int placed = 0;
        for (var pool : model.snapshot().storagePoolList()) {
            for (Volume volume : model.volumes(pool.id())) {
                placed += 1 + descendants(volume);
            }
        }
        assertEquals(model.allVolumes().size(), placed);
        assertTrue(model.allVolumes().stream().anyMatch(v -> !model.snapshots(v.id()).isEmpty()),
            "the demo has snapshots nested under volumes");
    }

    @Test
    void volumeCountsAgreeWithTheGatewaysPoolAndSystemStatistics() throws Exception {
        int snapshots = 0;
        for (var pool : model.snapshot().storagePoolList()) {
            Statistics statistics = fixture.observer().statistics(ObjectType.STORAGE_POOL, pool.id());
            VolumeCounts counts = model.volumeCounts(pool.id());
            assertEquals(statistics.longValue("numOfSnapshots").intValue(), counts.snapshots(), pool.name());
            assertEquals(statistics.longValue("numOfVolumes").intValue(), counts.volumes() + counts.snapshots(),
                pool.name());
            snapshots += counts.snapshots();
        }
        assertTrue(snapshots > 0, "the demo has snapshots");
        VolumeCounts all = model.volumeCounts();
        assertEquals(snapshots, all.snapshots());
        assertEquals(model.allVolumes().size(), all.volumes() + all.snapshots());
    }

    @Test
    void childListsAreSortedByNameAndCannotBeChanged() {
        var pool = model.snapshot().storagePoolList().getFirst();
        List<String> names = model.volumes(pool.id()).stream().map(Volume::name).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        assertThrows(UnsupportedOperationException.class, () -> model.volumes(pool.id()).clear());
    }

    @Test
    void mappedVolumesAreListedUnderEachOfTheirSdcs() {
        for (Volume volume : model.allVolumes()) {
            for (var mapping : volume.mappedSdcInfo()) {
                assertTrue(model.volumesMappedTo(mapping.sdcId()).contains(volume));
            }
        }
        int mappings = model.allVolumes().stream().mapToInt(v -> v.mappedSdcInfo().size()).sum();
        assertEquals(mappings, model.sdcs().stream().mapToInt(s -> model.volumesMappedTo(s.id()).size()).sum());
    }

    @Test
    void poolsAndSdssHangUnderTheirProtectionDomain() {
        int pools = 0;
        int sdss = 0;
        for (var domain : model.protectionDomains()) {
            pools += model.pools(domain.id()).size();
            sdss += model.sdss(domain.id()).size();
            model.sdss(domain.id()).forEach(sds -> assertTrue(!model.devices(sds.id()).isEmpty()));
        }
        assertEquals(4, pools);
        assertEquals(model.snapshot().sdsList().size(), sdss);
    }

    private int descendants(Volume volume) {
        int count = 0;
        for (Volume snapshot : model.snapshots(volume.id())) {
            count += 1 + descendants(snapshot);
        }
        return count;
    }
}
