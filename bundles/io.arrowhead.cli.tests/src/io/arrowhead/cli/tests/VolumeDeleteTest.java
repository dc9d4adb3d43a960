package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * {@code volume delete}: confirmation on a terminal, {@code --yes} off one, and the console's choices for mapped
 * volumes and volumes with snapshots; the simulator's volumes are checked after each.
 */
class VolumeDeleteTest {

    private StorageGateway gateway;
    private GatewayClient observer;
    private String pool;
    private String sdc;

    @BeforeEach
    void addGateway() throws Exception {
        gateway = new StorageGateway().added();
        observer = gateway.observer();
        pool = observer.storagePools().getFirst().name();
        sdc = observer.sdcs().getFirst().id();
        for (String name : List.of("cli-a", "cli-b")) {
            VolumeCommandsTest.json("volume", "create", name, "--size", "8GiB", "--pool", pool);
        }
    }

    @AfterEach
    void forgetEverything() throws Exception {
        gateway.close();
    }

    @Test
    void offATerminalDeleteNeedsYesAndDeletesNothingWithout() throws Exception {
        Cli.Result refused = Cli.run("volume", "delete", "cli-a").expect(ExitCodes.USAGE);
        assertTrue(refused.err().contains("--yes"), refused.err());
        assertTrue(names().contains("cli-a"));

        JsonNode deleted = VolumeCommandsTest.json("volume", "delete", "cli-a", "cli-b", "--yes");
        assertEquals(Set.of("cli-a", "cli-b"), Set.of(deleted.get(0).get("name").asText(),
            deleted.get(1).get("name").asText()));
        assertFalse(names().contains("cli-a") || names().contains("cli-b"), names().toString());
        Cli.run("volume", "delete", "cli-a", "--yes").expect(ExitCodes.NOT_FOUND);
    }

    @Test
    void onATerminalYesDeletesAndNoKeeps() throws Exception {
        ScriptedTerminal no = new ScriptedTerminal(true, "n");
        Cli.Result kept = Cli.run(no, "volume", "delete", "cli-a").expect(ExitCodes.FAILURE);
        assertTrue(kept.err().contains("Nothing was changed."), kept.err());
        assertTrue(no.questions().getFirst().contains("cli-a"), no.questions().toString());
        assertTrue(names().contains("cli-a"));

        ScriptedTerminal yes = new ScriptedTerminal(true, "y");
        Cli.run(yes, "volume", "delete", "cli-a").expect(ExitCodes.OK);
        assertEquals(1, yes.questions().size());
        assertFalse(names().contains("cli-a"));
        assertTrue(names().contains("cli-b"));
    }

    @Test
    void aVolumeWithSnapshotsNeedsAModeAndWithSnapshotsDeletesThemToo() throws Exception {
        VolumeCommandsTest.json("volume", "snapshot", "cli-a", "--name", "cli-a-snap");
        Cli.Result undecided = Cli.run("volume", "delete", "cli-a", "--yes").expect(ExitCodes.USAGE);
        assertTrue(undecided.err().contains("--mode"), undecided.err());
        assertTrue(names().contains("cli-a"));

        ScriptedTerminal yes = new ScriptedTerminal(true, "y");
        Cli.run(yes, "volume", "delete", "cli-a", "--mode", "with-snapshots").expect(ExitCodes.OK);
        assertTrue(yes.questions().getFirst().contains("with its 1 snapshot"), yes.questions().toString());
        assertFalse(names().contains("cli-a") || names().contains("cli-a-snap"), names().toString());
    }

    @Test
    void onlyVolumeKeepsTheSnapshots() throws Exception {
        VolumeCommandsTest.json("volume", "snapshot", "cli-b", "--name", "cli-b-snap");
        Cli.run("volume", "delete", "cli-b", "--mode", "only-volume", "--yes").expect(ExitCodes.OK);
        assertFalse(names().contains("cli-b"));
        assertTrue(names().contains("cli-b-snap"));
        Cli.run("volume", "delete", "cli-b-snap", "--mode", "sideways", "--yes").expect(ExitCodes.USAGE);
    }

    @Test
    void aMappedVolumeIsUnmappedFirstOnlyWhenAsked() throws Exception {
        VolumeCommandsTest.json("map", "cli-a", "--sdc", sdc);
        Cli.Result mapped = Cli.run("volume", "delete", "cli-a", "--yes").expect(ExitCodes.USAGE);
        assertTrue(mapped.err().contains("--unmap"), mapped.err());
        assertTrue(names().contains("cli-a"));

        Cli.run("volume", "delete", "cli-a", "--unmap", "--yes").expect(ExitCodes.OK);
        assertFalse(names().contains("cli-a"));
    }

    @Test
    void aMappedSnapshotIsUnmappedBeforeItsTreeGoes() throws Exception {
        VolumeCommandsTest.json("volume", "snapshot", "cli-b", "--name", "cli-b-snap");
        VolumeCommandsTest.json("map", "cli-b-snap", "--sdc", sdc);
        ScriptedTerminal yes = new ScriptedTerminal(true, "y");
        Cli.run(yes, "volume", "delete", "cli-b", "--mode", "with-snapshots").expect(ExitCodes.OK);
        assertTrue(yes.questions().getFirst().startsWith("Unmap and delete cli-b"), yes.questions().toString());
        assertFalse(names().contains("cli-b") || names().contains("cli-b-snap"), names().toString());
    }

    private Set<String> names() throws Exception {
        return observer.volumes().stream().map(Volume::name).collect(Collectors.toSet());
    }
}
