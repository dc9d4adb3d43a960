package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** {@code volume list|show|create|rename|grow|snapshot} against a real simulator, checked through its own client. */
class VolumeCommandsTest {

    static final List<String> VOLUME_FIELDS = List.of("name", "id", "sizeBytes", "type", "pool", "protectionDomain",
        "snapshotOf", "mappings");
    static final List<String> DETAIL_FIELDS = List.of("name", "id", "sizeBytes", "type", "pool", "protectionDomain",
        "snapshotOf", "mappings", "poolId", "protectionDomainId", "snapshotOfId", "created", "accessModeLimit");
    static final List<String> MAPPING_FIELDS = List.of("sdc", "sdcId", "sdcIp", "accessMode", "iopsLimit",
        "bandwidthLimitBytesPerSecond");
    private static final long GIB = 1L << 30;

    private StorageGateway gateway;
    private GatewayClient observer;

    @BeforeEach
    void addGateway() throws Exception {
        gateway = new StorageGateway().added();
        observer = gateway.observer();
    }

    @AfterEach
    void forgetEverything() throws Exception {
        gateway.close();
    }

    @Test
    void listPrintsEveryVolumeWithStableFields() throws Exception {
        JsonNode all = json("volume", "list");
        assertEquals(observer.volumes().size(), all.size());
        assertEquals(VOLUME_FIELDS, GatewayCommandsTest.fields(all.get(0)));
        Volume mapped = observer.volumes().stream().filter(Volume::isMapped).findFirst().orElseThrow();
        JsonNode row = find(all, mapped.name());
        assertEquals(mapped.id(), row.get("id").asText());
        assertEquals(mapped.sizeInKb() * 1024, row.get("sizeBytes").asLong());
        assertEquals(mapped.mappedSdcInfo().getFirst().sdcId(), row.get("mappings").get(0).get("sdcId").asText());
        assertEquals(MAPPING_FIELDS, GatewayCommandsTest.fields(row.get("mappings").get(0)));

        Cli.Result table = Cli.run("volume", "list").expect(ExitCodes.OK);
        assertTrue(table.out().startsWith("NAME"), table.out());
        assertTrue(table.out().contains(" GiB"), "sizes in readable units: " + table.out());
        String csv = Cli.run("volume", "list", "--output", "csv").expect(ExitCodes.OK).out();
        assertTrue(csv.startsWith(String.join(",", VOLUME_FIELDS) + "\r\n"), csv);
    }

    @Test
    void listFiltersByPoolAndProtectionDomain() throws Exception {
        StoragePool pool = observer.storagePools().getFirst();
        JsonNode inPool = json("volume", "list", "--pool", pool.name());
        long expected = observer.volumes().stream().filter(v -> v.storagePoolId().equals(pool.id())).count();
        assertEquals(expected, inPool.size());
        inPool.forEach(v -> assertEquals(pool.name(), v.get("pool").asText()));
        String domain = observer.protectionDomains().stream().filter(pd -> pd.id().equals(pool.protectionDomainId()))
            .findFirst().orElseThrow().name();
        JsonNode inDomain = json("volume", "list", "--protection-domain", domain);
        assertTrue(inDomain.size() >= inPool.size() && inDomain.size() < observer.volumes().size());
        inDomain.forEach(v -> assertEquals(domain, v.get("protectionDomain").asText()));
        Cli.run("volume", "list", "--pool", "no-such-pool").expect(ExitCodes.NOT_FOUND);
        Cli.run("volume", "list", "--protection-domain", "no-such-pd").expect(ExitCodes.NOT_FOUND);
    }

    @Test
    void showGivesTheVolumeWithItsMappingsAndQos() throws Exception {
        Volume limited = observer.volumes().stream().filter(v -> v.mappedSdcInfo().stream()
            .anyMatch(m -> m.limitIops() != null && m.limitIops() > 0)).findFirst().orElseThrow();
        for (String reference : List.of(limited.name(), limited.id())) {
            JsonNode shown = json("volume", "show", reference);
            assertEquals(DETAIL_FIELDS, GatewayCommandsTest.fields(shown));
            JsonNode mapping = shown.get("mappings").get(0);
            assertEquals(limited.mappedSdcInfo().getFirst().limitIops().longValue(), mapping.get("iopsLimit").asLong());
            assertEquals(limited.mappedSdcInfo().getFirst().limitBwInMbps() * 1024 * 1024,
                mapping.get("bandwidthLimitBytesPerSecond").asLong());
        }
        Cli.Result table = Cli.run("volume", "show", limited.name()).expect(ExitCodes.OK);
        assertTrue(table.out().contains("IOPS"), table.out());
        Cli.Result missing = Cli.run("volume", "show", "no-such-volume").expect(ExitCodes.NOT_FOUND);
        assertTrue(missing.err().contains("no-such-volume"), missing.err());
    }

    @Test
    void createMakesTheVolumeInThePool() throws Exception {
        StoragePool pool = observer.storagePools().getFirst();
        JsonNode created = json("volume", "create", "cli-new", "--size", "16GiB", "--pool", pool.name(), "--thick");
        Volume real = observer.volumes().stream().filter(v -> v.name().equals("cli-new")).findFirst().orElseThrow();
        assertEquals(real.id(), created.get("id").asText());
        assertEquals(16 * GIB, created.get("sizeBytes").asLong());
        assertEquals(16L * 1024 * 1024, real.sizeInKb());
        assertEquals(VolumeType.THICK_PROVISIONED, real.volumeType());
        assertEquals(pool.id(), real.storagePoolId());
        json("volume", "create", "cli-thin", "--size", "1T", "--pool", pool.id());
        assertEquals(VolumeType.THIN_PROVISIONED, real("cli-thin").orElseThrow().volumeType());
        assertEquals(1024L * 1024 * 1024, real("cli-thin").orElseThrow().sizeInKb());
    }

    @Test
    void badSizesAndMissingOptionsAreUsageErrorsAndCreateNothing() throws Exception {
        String pool = observer.storagePools().getFirst().name();
        int before = observer.volumes().size();
        for (String size : List.of("10GiB", "16", "sixteen", "0G", "2PiB", "8.5G")) {
            Cli.Result result = Cli.run("volume", "create", "cli-bad", "--size", size, "--pool", pool)
                .expect(ExitCodes.USAGE);
            assertTrue(result.err().contains(size), result.err());
        }
        assertTrue(Cli.run("volume", "create", "cli-bad", "--size", "12G", "--pool", pool).expect(ExitCodes.USAGE)
            .err().contains("use 8GiB or 16GiB"));
        Cli.run("volume", "create", "cli-bad", "--pool", pool).expect(ExitCodes.USAGE);
        Cli.run("volume", "create", "cli-bad", "--size", "8G").expect(ExitCodes.USAGE);
        Cli.run("volume", "create", "cli bad", "--size", "8G", "--pool", pool).expect(ExitCodes.USAGE);
        Cli.run("volume", "create", "cli-bad", "--size", "8G", "--pool", pool, "--thin", "--thick")
            .expect(ExitCodes.USAGE);
        assertEquals(before, observer.volumes().size());
    }

    @Test
    void aSizeThePoolCannotHoldIsRefusedByTheGateway() throws Exception {
        String pool = observer.storagePools().getFirst().name();
        Cli.Result refused = Cli.run("volume", "create", "cli-huge", "--size", "1PiB", "--pool", pool, "--thick")
            .expect(ExitCodes.REFUSED);
        assertTrue(refused.err().contains("refused"), refused.err());
        assertTrue(real("cli-huge").isEmpty());
    }

    @Test
    void renameGrowAndSnapshotChangeTheRealVolume() throws Exception {
        Volume volume = observer.volumes().stream().filter(v -> !v.isSnapshot()).findFirst().orElseThrow();
        assertEquals("cli-renamed", json("volume", "rename", volume.name(), "cli-renamed").get("name").asText());
        assertEquals("cli-renamed", observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, volume.id()).name());

        long bigger = volume.sizeInKb() / (1024 * 1024) + 8;
        JsonNode grown = json("volume", "grow", volume.id(), "--size", bigger + "GiB");
        assertEquals(bigger * GIB, grown.get("sizeBytes").asLong());
        assertEquals(bigger * 1024 * 1024, real("cli-renamed").orElseThrow().sizeInKb());
        Cli.Result shrink = Cli.run("volume", "grow", "cli-renamed", "--size", "8GiB").expect(ExitCodes.USAGE);
        assertTrue(shrink.err().contains("can only grow"), shrink.err());

        JsonNode snapshot = json("volume", "snapshot", "cli-renamed", "--name", "cli-renamed-snap");
        assertEquals("snapshot", snapshot.get("type").asText());
        assertEquals("cli-renamed", snapshot.get("snapshotOf").asText());
        assertEquals(volume.id(), real("cli-renamed-snap").orElseThrow().ancestorVolumeId());

        Cli.run("volume", "rename", "cli-renamed", "cli-renamed-snap").expect(ExitCodes.USAGE);
        Cli.run("volume", "rename", "no-such-volume", "x").expect(ExitCodes.NOT_FOUND);
        Cli.run("volume", "snapshot", "no-such-volume", "--name", "x").expect(ExitCodes.NOT_FOUND);
    }

    private Optional<Volume> real(String name) throws Exception {
        return observer.volumes().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    static JsonNode json(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--output", "json"));
        return Cli.run(all.toArray(String[]::new)).expect(ExitCodes.OK).json();
    }

    static JsonNode find(JsonNode array, String name) {
        for (JsonNode item : array) {
            if (name.equals(item.get("name").asText())) {
                return item;
            }
        }
        throw new AssertionError(name + " not in " + array);
    }
}
