package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.CLOCK;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.ClusterScenario;

class ScenarioTest {

    private Path directory;

    @BeforeEach
    void createDirectory() throws IOException {
        directory = ClusterTestSupport.newDirectory();
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        ClusterTestSupport.deleteDirectory(directory);
    }

    @Test
    void theSameSeedBuildsTheSameClusterAndAnotherSeedAnotherOne() {
        String first = snapshotOf(SimulatedCluster.create(ClusterScenario.demo(), CLOCK));
        assertEquals(first, snapshotOf(SimulatedCluster.create(ClusterScenario.demo(), CLOCK)));
        assertNotEquals(first, snapshotOf(SimulatedCluster.create(ClusterScenario.demo().withSeed(99), CLOCK)));
    }

    @Test
    void theDemoLooksLikeASmallDockerLab() {
        SimulatedCluster cluster = ClusterTestSupport.demo();
        assertEquals("1 system, 2 protection domains, 4 storage pools, 60 volumes, 6 SDCs", cluster.summary());
        JsonNode sdcs = get(cluster, "/api/types/Sdc/instances").json();
        int disconnected = 0;
        for (int i = 0; i < sdcs.size(); i++) {
            JsonNode sdc = sdcs.get(i);
            assertEquals(String.format("compute-%02d", i + 1), sdc.path("name").asText());
            assertTrue(sdc.path("sdcGuid").asText().matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}"));
            assertTrue(sdc.path("sdcIp").asText().startsWith("10.0."));
            disconnected += sdc.path("mdmConnectionState").asText().equals("Disconnected") ? 1 : 0;
        }
        assertEquals(2, disconnected);
        int snapshots = 0;
        int limited = 0;
        for (JsonNode volume : get(cluster, "/api/types/Volume/instances").json()) {
            snapshots += volume.path("volumeType").asText().equals("Snapshot") ? 1 : 0;
            JsonNode info = volume.path("mappedSdcInfo");
            limited += !info.isNull() && info.get(0).path("limitIops").asLong() > 0 ? 1 : 0;
        }
        assertEquals(6, snapshots);
        assertTrue(limited > 0);
        assertEquals("pg-data-01", get(cluster, "/api/types/Volume/instances").json().get(0).path("name").asText());
        assertEquals(12, get(cluster, "/api/types/Device/instances").json().size());
    }

    @Test
    void boundsAreCheckedWithClearMessages() {
        IllegalArgumentException tooFewDevices = assertThrows(IllegalArgumentException.class,
                () -> new ClusterScenario(1, "x", 1, 4, 3, 2, 1024, 10, 0, 0, 0, 1, 0));
        assertEquals("devicesPerSds must be between 4 and 64, but is 2", tooFewDevices.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClusterScenario(1, "x", 1, 1, 3, 1, 1, 600, 0, 0, 0,
                1, 0), "devices too small for the volumes");
        assertThrows(IllegalArgumentException.class, () -> ClusterScenario.demo().withSdcs(-1));
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> new ClusterScenario(1, "my system", 1, 1, 3, 1, 1024, 1, 0, 0, 0, 1, 0));
        assertTrue(badName.getMessage().startsWith("systemName 'my system'"), badName.getMessage());
        assertEquals("disconnectedSdcs must be between 0 and 2, but is 3", assertThrows(
                IllegalArgumentException.class, () -> new ClusterScenario(1, "x", 1, 1, 3, 1, 1024, 1, 0, 0, 0, 2, 3))
                .getMessage());
    }

    @Test
    void withersKeepScenariosBuildable() {
        ClusterScenario grown = ClusterScenario.demo().withVolumes(3000).withPools(6).withProtectionDomains(3)
                .withSdcs(40);
        assertEquals(3000, grown.volumes());
        assertEquals(3, grown.protectionDomains());
        assertEquals(6, grown.pools());
        assertTrue(grown.deviceCapacityGib() > ClusterScenario.demo().deviceCapacityGib());
        assertEquals("1 system, 3 protection domains, 6 storage pools, 3000 volumes, 40 SDCs",
                SimulatedCluster.create(grown, CLOCK).summary());
    }

    @Test
    void propertiesFilesOverrideTheDemo() throws IOException {
        Path file = directory.resolve("lab.properties");
        Files.writeString(file, "# a lab\nseed=0x2a\nvolumes=120\nsdcs=9\nsystemName=lab-1\n");
        ClusterScenario scenario = ClusterScenario.load(file);
        assertEquals(ClusterScenario.demo().withSeed(42).withVolumes(120).withSdcs(9).volumes(), scenario.volumes());
        assertEquals(42, scenario.seed());
        assertEquals("lab-1", scenario.systemName());
        assertEquals(9, scenario.sdcs());
        assertEquals("1 system, 2 protection domains, 4 storage pools, 120 volumes, 9 SDCs",
                SimulatedCluster.create(scenario, CLOCK).summary());
    }

    @Test
    void propertiesFilesWithUnknownKeysOrBadValuesFailClearly() throws IOException {
        Path file = directory.resolve("bad.properties");
        Files.writeString(file, "volumes=10\nvolumez=3\n");
        IOException unknown = assertThrows(IOException.class, () -> ClusterScenario.load(file));
        assertTrue(unknown.getMessage().contains("unknown scenario key 'volumez'"), unknown.getMessage());
        Files.writeString(file, "volumes=ten\n");
        IOException notANumber = assertThrows(IOException.class, () -> ClusterScenario.load(file));
        assertTrue(notANumber.getMessage().contains("volumes must be a whole number"), notANumber.getMessage());
        Files.writeString(file, "thickPercent=101\n");
        IOException outOfBounds = assertThrows(IOException.class, () -> ClusterScenario.load(file));
        assertTrue(outOfBounds.getMessage().contains("thickPercent must be between 0 and 100"),
                outOfBounds.getMessage());
    }

    private static String snapshotOf(SimulatedCluster cluster) {
        JsonNode all = get(cluster, "/api/instances").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) all).remove("sessionTag");
        return all.toString();
    }
}
