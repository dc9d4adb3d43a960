package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/** {@code sdc list|rename}, {@code map}, {@code unmap} and {@code qos} against a real simulator. */
class MappingCommandsTest {

    private StorageGateway gateway;
    private GatewayClient observer;
    private Volume volume;
    private List<Sdc> sdcs;

    @BeforeEach
    void addGatewayAndVolume() throws Exception {
        gateway = new StorageGateway().added();
        observer = gateway.observer();
        sdcs = observer.sdcs();
        String pool = observer.storagePools().getFirst().name();
        String id = VolumeCommandsTest.json("volume", "create", "cli-map", "--size", "8GiB", "--pool", pool)
            .get("id").asText();
        volume = observer.get(ObjectType.VOLUME, id);
    }

    @AfterEach
    void forgetEverything() throws Exception {
        gateway.close();
    }

    @Test
    void sdcListGivesEverySdcWithStableFields() throws Exception {
        JsonNode listed = VolumeCommandsTest.json("sdc", "list");
        assertEquals(sdcs.size(), listed.size());
        assertEquals(List.of("name", "id", "ip", "guid", "state", "approved", "mappedVolumes"),
            GatewayCommandsTest.fields(listed.get(0)));
        Sdc first = sdcs.stream().filter(s -> s.name() != null).findFirst().orElseThrow();
        JsonNode row = VolumeCommandsTest.find(listed, first.name());
        assertEquals(first.id(), row.get("id").asText());
        assertEquals(first.sdcGuid(), row.get("guid").asText());
        long mapped = observer.volumes().stream().filter(v -> v.mappingOf(first.id()).isPresent()).count();
        assertEquals(mapped, row.get("mappedVolumes").asLong());
    }

    @Test
    void sdcRenameFindsTheSdcByIpGuidOrId() throws Exception {
        Sdc sdc = sdcs.getFirst();
        assertEquals("cli-host-1", VolumeCommandsTest.json("sdc", "rename", sdc.sdcIp(), "cli-host-1").get("name")
            .asText());
        assertEquals("cli-host-1", observer.get(ObjectType.SDC, sdc.id()).name());
        VolumeCommandsTest.json("sdc", "rename", sdc.sdcGuid().toLowerCase(java.util.Locale.ROOT), "cli-host-2");
        VolumeCommandsTest.json("sdc", "rename", sdc.id(), "cli-host-3");
        VolumeCommandsTest.json("sdc", "rename", "cli-host-3", "cli-host-4");
        assertEquals("cli-host-4", observer.get(ObjectType.SDC, sdc.id()).name());
        Cli.run("sdc", "rename", "no-such-sdc", "x").expect(ExitCodes.NOT_FOUND);
        Cli.run("sdc", "rename", "cli-host-4", "a name").expect(ExitCodes.USAGE);
    }

    @Test
    void mapQosAndUnmapChangeTheRealMapping() throws Exception {
        Sdc sdc = sdcs.getFirst();
        JsonNode mapped = VolumeCommandsTest.json("map", "cli-map", "--sdc", sdc.sdcIp(), "--access-mode",
            "read-only");
        assertEquals(sdc.id(), mapped.get("mappings").get(0).get("sdcId").asText());
        assertEquals("ReadOnly", mapping(sdc).accessMode());

        JsonNode limited = VolumeCommandsTest.json("qos", "cli-map", "--sdc", sdc.id(), "--iops", "500",
            "--bandwidth", "100");
        assertEquals(500, limited.get("mappings").get(0).get("iopsLimit").asLong());
        assertEquals(100L * 1024 * 1024, limited.get("mappings").get(0).get("bandwidthLimitBytesPerSecond").asLong());
        assertEquals(500L, mapping(sdc).limitIops());
        assertEquals(100L, mapping(sdc).limitBwInMbps());
        VolumeCommandsTest.json("qos", "cli-map", "--sdc", sdc.id(), "--iops", "0");
        assertEquals(0L, mapping(sdc).limitIops());
        assertEquals(100L, mapping(sdc).limitBwInMbps(), "a limit left out stays");

        Cli.Result badIops = Cli.run("qos", "cli-map", "--sdc", sdc.id(), "--iops", "5").expect(ExitCodes.USAGE);
        assertTrue(badIops.err().contains("at least 11"), badIops.err());
        Cli.run("qos", "cli-map", "--sdc", sdc.id(), "--bandwidth", "-1").expect(ExitCodes.USAGE);
        Cli.run("qos", "cli-map", "--sdc", sdc.id()).expect(ExitCodes.USAGE);
        Cli.run("qos", "cli-map", "--sdc", sdcs.get(1).id(), "--iops", "100").expect(ExitCodes.NOT_FOUND);

        Cli.Result again = Cli.run("map", "cli-map", "--sdc", sdc.id()).expect(ExitCodes.USAGE);
        assertTrue(again.err().contains("already mapped"), again.err());
        Cli.Result second = Cli.run("map", "cli-map", "--sdc", sdcs.get(1).id()).expect(ExitCodes.USAGE);
        assertTrue(second.err().contains("--allow-multiple-mappings"), second.err());
        VolumeCommandsTest.json("map", "cli-map", "--sdc", sdcs.get(1).sdcGuid(), "--allow-multiple-mappings");
        assertEquals(2, real().mappedSdcInfo().size());

        Cli.run("unmap", "cli-map", "--sdc", sdc.id()).expect(ExitCodes.USAGE);
        assertEquals(2, real().mappedSdcInfo().size(), "nothing unmapped without --yes");
        VolumeCommandsTest.json("unmap", "cli-map", "--sdc", sdc.id(), "--yes");
        assertFalse(real().mappingOf(sdc.id()).isPresent());
        assertTrue(real().mappingOf(sdcs.get(1).id()).isPresent());

        ScriptedTerminal yes = new ScriptedTerminal(true, "y");
        Cli.run(yes, "unmap", "cli-map", "--all").expect(ExitCodes.OK);
        assertFalse(real().isMapped());
        Cli.run("unmap", "cli-map", "--sdc", sdc.id(), "--yes").expect(ExitCodes.NOT_FOUND);
        Cli.run("unmap", "cli-map", "--yes").expect(ExitCodes.USAGE);
        Cli.run("map", "cli-map", "--sdc", "no-such-sdc").expect(ExitCodes.NOT_FOUND);
        Cli.run("map", "no-such-volume", "--sdc", sdc.id()).expect(ExitCodes.NOT_FOUND);
        Cli.run("map", "cli-map", "--sdc", sdc.id(), "--access-mode", "sometimes").expect(ExitCodes.USAGE);
    }

    private Volume real() throws Exception {
        return observer.get(ObjectType.VOLUME, volume.id());
    }

    private MappedSdcInfo mapping(Sdc sdc) throws Exception {
        return real().mappingOf(sdc.id()).orElseThrow();
    }
}
