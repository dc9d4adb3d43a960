package io.arrowhead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.ProfilePlacement;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.core.hosts.StorageProfiles;
import io.arrowhead.demo.internal.DemoProfiles;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VolumeType;

/** The demo's gold and bronze profiles fit its cluster, and never replace the operator's own profiles. */
class DemoProfilesTest {

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
    void goldAndBronzeFindTheirPoolsInTheDemoCluster() throws Exception {
        GatewayConnection connection = demo.open(fixture.connections);
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(connection, null);
        try (GatewayClient client = GatewayClient.create(GatewayConfig.builder(demo.simulator().endpoint()
            .toString()).user("admin").password(demo.password())
            .tls(TlsPolicy.pinned(demo.simulator().certificateFingerprint())).build())) {
            ProfilePlacement.CapacityLookup capacities = pool -> client.statistics(ObjectType.STORAGE_POOL,
                pool.id()).capacity();
            StoragePool gold = ProfilePlacement.choose(connection.model(), DemoProfiles.GOLD,
                DemoProfiles.GOLD.defaultSizeGib(), capacities);
            StoragePool bronze = ProfilePlacement.choose(connection.model(), DemoProfiles.BRONZE,
                DemoProfiles.BRONZE.defaultSizeGib(), capacities);
            assertEquals("sp-ssd-01", gold.name());
            assertEquals("pd-02", connection.model().protectionDomain(bronze.protectionDomainId()).orElseThrow()
                .name());
        }
    }

    @Test
    void theyAreAddedOnlyWhenThereAreNoProfiles() {
        StorageProfiles profiles = new StorageProfiles(fixture.preferences);
        DemoProfiles.addIfNone(profiles);
        assertEquals(List.of(DemoProfiles.BRONZE, DemoProfiles.GOLD), profiles.all());

        profiles.remove("gold");
        profiles.remove("bronze");
        StorageProfile own = new StorageProfile("own", "pd-01", null, VolumeType.THIN_PROVISIONED, 8, 0, 0,
            FilesystemType.XFS);
        profiles.add(own);
        DemoProfiles.addIfNone(profiles);
        assertEquals(List.of(own), profiles.all());
        assertTrue(DemoProfiles.GOLD.iopsLimit() > DemoProfiles.BRONZE.iopsLimit());
    }
}
