package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.arrowhead.hosts.internal.DockerJson;
import io.arrowhead.hosts.internal.HostOutput;
import io.arrowhead.hosts.internal.HostOutput.VolumeRef;

/** Parsing of tool output in the formats of the issue 5 command surface. */
class HostOutputTest {

    @Test
    void osReleaseAndBlkidExportAreKeyValueLines() {
        Map<String, String> os = HostOutput.keyValues("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian "
            + "GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n# comment=x\n");
        assertEquals("Debian GNU/Linux 12 (bookworm)", os.get("PRETTY_NAME"));
        assertEquals("debian", os.get("ID"));
        Map<String, String> blkid = HostOutput.keyValues(
            "DEVNAME=/dev/scinia\nUUID=f3ec55eb-7f06-4ba8-8bc4-71f3d6dddbb3\nVERSION=1.0\nTYPE=ext4\nUSAGE=filesystem\n");
        assertEquals("ext4", blkid.get("TYPE"));
        assertEquals("f3ec55eb-7f06-4ba8-8bc4-71f3d6dddbb3", blkid.get("UUID"));
        assertNull(blkid.get("LABEL"));
    }

    @Test
    void onlyWholeScaleIoVolumeLinksAreDevices() {
        String ls = "ata-QEMU_HARDDISK_QM00001\nemc-vol-218ce1797566a00f-6c33633100000009\n"
            + "emc-vol-218ce1797566a00f-6c33633100000009-part1\nemc-vol-218CE1797566A00F-0000000000000001\n"
            + "emc-vol-218ce1797566a00f-6c3363310000000a\nwwn-0x5000c500a1b2c3d4\n";
        assertEquals(List.of(new VolumeRef("218ce1797566a00f", "6c33633100000009"),
            new VolumeRef("218ce1797566a00f", "6c3363310000000a")), HostOutput.deviceLinks(ls));
        assertEquals(List.of(), HostOutput.deviceLinks(""));
    }

    @Test
    void drvCfgOutputs() {
        assertEquals("B0E3BFB8-C20B-43BF-93C8-13339E85AA50", HostOutput.guid("b0e3bfb8-c20b-43bf-93c8-13339e85aa50\n"));
        assertNull(HostOutput.guid("Failed to open /dev/scini\n"));
        assertEquals(List.of(new VolumeRef("218ce1797566a00f", "6c33633100000009"),
            new VolumeRef("218ce1797566a00f", "6c3363310000000a")), HostOutput.queryVols("Retrieved 2 volume(s)\n"
            + "VOL-ID 6c33633100000009 MDM-ID 218ce1797566a00f\nVOL-ID 6c3363310000000A MDM-ID 218ce1797566a00f\n"));
        assertEquals(Map.of("218ce1797566a00f", "4c8a6c9100000000"), HostOutput.queryMdms("Retrieved 1 mdm(s)\n"
            + "MDM-ID 218ce1797566a00f SDC ID 4c8a6c9100000000 INSTALLATION ID 1a2b3c4d5e6f7a8b IPs [0]-10.0.0.5\n"));
    }

    @Test
    void volumeInspectJson() throws IOException {
        String json = """
            [
                {
                    "CreatedAt": "2025-01-01T10:00:00Z",
                    "Driver": "local",
                    "Labels": {"io.arrowhead.scaleio.system-id": "218ce1797566a00f",
                               "io.arrowhead.scaleio.volume-id": "6c33633100000009"},
                    "Mountpoint": "/var/lib/docker/volumes/pgdata/_data",
                    "Name": "pgdata",
                    "Options": {"device": "/dev/disk/by-id/emc-vol-218ce1797566a00f-6c33633100000009", "type": "ext4"},
                    "Scope": "local"
                },
                {"CreatedAt": "x", "Driver": "local", "Labels": null, "Mountpoint": "/m", "Name": "other",
                 "Options": null, "Scope": "local"}
            ]""";
        List<DockerVolume> volumes = DockerJson.volumes(json);
        assertEquals(2, volumes.size());
        DockerVolume pgdata = volumes.get(0);
        assertEquals("pgdata", pgdata.name());
        assertEquals("218ce1797566a00f", pgdata.systemId());
        assertEquals("6c33633100000009", pgdata.volumeId());
        assertEquals("ext4", pgdata.filesystemType());
        assertEquals("/var/lib/docker/volumes/pgdata/_data", pgdata.mountpoint());
        DockerVolume other = volumes.get(1);
        assertNull(other.systemId());
        assertEquals(Map.of(), other.options());
        assertEquals(List.of(), DockerJson.volumes("[]\n"));
        assertEquals(List.of(), DockerJson.volumes(""));
        assertThrows(IOException.class, () -> DockerJson.volumes("{\"Name\":\"x\"}"));
    }

    @Test
    void psJsonLines() throws IOException {
        String lines = "{\"Command\":\"\\\"docker-entrypoint.s…\\\"\",\"ID\":\"3f2a1b\",\"Image\":\"postgres:16\","
            + "\"Names\":\"db\",\"State\":\"running\",\"Status\":\"Up 2 hours\"}\n"
            + "{\"ID\":\"9c8d7e\",\"Image\":\"busybox\",\"Names\":\"old\",\"State\":\"exited\",\"Status\":\"Exited (0)\"}\n";
        List<ContainerUse> uses = DockerJson.containers(lines);
        assertEquals(List.of(new ContainerUse("3f2a1b", "db", "running", "postgres:16"),
            new ContainerUse("9c8d7e", "old", "exited", "busybox")), uses);
        assertTrue(uses.get(0).running());
        assertEquals(List.of(), DockerJson.containers("\n"));
        assertThrows(IOException.class, () -> DockerJson.containers("Error: something\n"));
    }
}
