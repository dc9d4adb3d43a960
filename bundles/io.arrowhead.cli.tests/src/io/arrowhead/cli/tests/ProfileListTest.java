package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;

/** {@code profile list}: the storage profiles the console saved, as the command line reads them. */
class ProfileListTest {

    @AfterEach
    void removeProfiles() {
        ArrowheadCore.storageProfiles().remove("cli-fast");
        ArrowheadCore.storageProfiles().remove("cli-any");
        ArrowheadCore.shutdown(() -> { });
    }

    @Test
    void listsEveryProfileWithStableFields() {
        ArrowheadCore.storageProfiles().add(new StorageProfile("cli-fast", "pd-01", "sp-ssd-01",
            VolumeType.THICK_PROVISIONED, 16, 5000, 200, FilesystemType.XFS));
        ArrowheadCore.storageProfiles().add(new StorageProfile("cli-any", "pd-02", null, VolumeType.THIN_PROVISIONED,
            8, 0, 0, FilesystemType.EXT4));
        ArrowheadCore.shutdown(() -> { });

        JsonNode profiles = VolumeCommandsTest.json("profile", "list");
        assertEquals(2, profiles.size(), profiles.toString());
        JsonNode fast = VolumeCommandsTest.find(profiles, "cli-fast");
        assertEquals(List.of("name", "protectionDomain", "pool", "provisioning", "defaultSizeBytes", "iopsLimit",
            "bandwidthLimitBytesPerSecond", "filesystem"), GatewayCommandsTest.fields(fast));
        assertEquals("pd-01", fast.get("protectionDomain").asText());
        assertEquals("sp-ssd-01", fast.get("pool").asText());
        assertEquals("thick", fast.get("provisioning").asText());
        assertEquals(16L << 30, fast.get("defaultSizeBytes").asLong());
        assertEquals(5000, fast.get("iopsLimit").asLong());
        assertEquals(200L << 20, fast.get("bandwidthLimitBytesPerSecond").asLong());
        assertEquals("xfs", fast.get("filesystem").asText());
        assertTrue(VolumeCommandsTest.find(profiles, "cli-any").get("pool").isNull());

        String table = Cli.run("profile", "list").expect(ExitCodes.OK).out();
        assertTrue(table.contains("any with room") && table.contains("16 GiB") && table.contains("200 MB/s"), table);
    }
}
