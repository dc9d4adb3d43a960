package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything that reaches a host is checked first. */
class ValidationTest {

    private static final HostAuthentication AGENT = new HostAuthentication.Agent();

    @ParameterizedTest
    @ValueSource(strings = {"a;rm -rf /", "$(id)", "`id`", "a b", "-rf", "x", "", ".hidden", "a'b", "a\nb", "ä-vol",
        "a/b", "a:b"})
    void hostileOrInvalidVolumeNamesAreRefused(String name) {
        assertFalse(DockerNames.isVolumeName(name));
        IllegalArgumentException refused =
            assertThrows(IllegalArgumentException.class, () -> DockerNames.requireVolumeName(name));
        assertTrue(refused.getMessage().contains("Docker volume name"), refused.getMessage());
    }

    @Test
    void dockerVolumeNames() {
        assertEquals("pgdata", DockerNames.requireVolumeName("pgdata"));
        assertTrue(DockerNames.isVolumeName("db_1.data-2"));
        assertTrue(DockerNames.isVolumeName("0a"));
        assertTrue(DockerNames.isVolumeName("a".repeat(255)));
        assertFalse(DockerNames.isVolumeName("a".repeat(256)));
        assertFalse(DockerNames.isVolumeName(null));
    }

    @Test
    void volumeNameBoundariesFollowDockersRule() {
        assertFalse(DockerNames.isVolumeName("a"), "Docker wants at least two characters");
        assertTrue(DockerNames.isVolumeName("ab"));
        assertTrue(DockerNames.isVolumeName("a."));
        assertTrue(DockerNames.isVolumeName("a_"));
        assertTrue(DockerNames.isVolumeName("a-"));
        assertFalse(DockerNames.isVolumeName(".a"), "a leading dot is refused");
        assertFalse(DockerNames.isVolumeName("_a"), "a leading underscore is refused");
        assertFalse(DockerNames.isVolumeName("-a"), "a leading dash is refused");
        assertTrue(DockerNames.isVolumeName("Z9".repeat(DockerNames.MAX_VOLUME_NAME_LENGTH / 2) + "x"));
        assertFalse(DockerNames.isVolumeName("a".repeat(DockerNames.MAX_VOLUME_NAME_LENGTH + 1)));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
            () -> DockerNames.requireVolumeName("a".repeat(256)));
        assertTrue(tooLong.getMessage().contains("2 to 255"), tooLong.getMessage());
    }

    @Test
    void scaleIoIdsAndLinks() {
        assertEquals("/dev/disk/by-id/emc-vol-218ce1797566a00f-6c33633100000009",
            SdcDeviceLinks.linkPath("218ce1797566a00f", "6c33633100000009"));
        // the client's one id rule: 16 hex digits, spelled in lower case in the link whatever the case given
        assertEquals("/dev/disk/by-id/emc-vol-218ce1797566a00f-6c33633100000009",
            SdcDeviceLinks.linkPath("218CE1797566A00F", "6c33633100000009"));
        for (String bad : new String[] {"1", "", "12345678901234567", "1;id", "../x", null}) {
            assertThrows(IllegalArgumentException.class, () -> SdcDeviceLinks.linkPath(bad, "6c33633100000009"));
            assertThrows(IllegalArgumentException.class, () -> SdcDeviceLinks.linkPath("218ce1797566a00f", bad));
        }
    }

    @Test
    void devicePaths() {
        assertEquals("/dev/scinia", DockerHost.requireDevicePath("/dev/scinia"));
        assertEquals("/dev/disk/by-id/emc-vol-1-2", DockerHost.requireDevicePath("/dev/disk/by-id/emc-vol-1-2"));
        for (String bad : new String[] {"/dev/../etc/passwd", "/etc/passwd", "/dev/sda;id", "/dev/$(id)", "/dev/a b",
            "dev/sda", "/dev/", null}) {
            assertThrows(IllegalArgumentException.class, () -> DockerHost.requireDevicePath(bad), bad);
        }
    }

    @Test
    void hostDefinitions() {
        HostDefinition host = new HostDefinition("docker-01.lab.example", 2222, "deploy", AGENT, true);
        assertEquals("deploy@docker-01.lab.example:2222", host.displayName());
        assertEquals("docker-01.lab.example:2222", host.key());
        new HostDefinition("10.0.0.5", 22, "_svc", AGENT, false);
        new HostDefinition("fe80::1", 22, "root", AGENT, false);
        new HostDefinition("::1", 22, "root", AGENT, false);
        for (String address : new String[] {"", "host name", "-x", "a;b", "[::1]", "fe80::g", "$(id)", null}) {
            assertThrows(IllegalArgumentException.class, () -> new HostDefinition(address, 22, "root", AGENT, false),
                address);
        }
        assertThrows(IllegalArgumentException.class, () -> new HostDefinition("h", 0, "root", AGENT, false));
        assertThrows(IllegalArgumentException.class, () -> new HostDefinition("h", 65536, "root", AGENT, false));
        for (String user : new String[] {"Root", "1user", "a b", "u;id", "", "a".repeat(33), null}) {
            assertThrows(IllegalArgumentException.class, () -> new HostDefinition("h", 22, user, AGENT, false), user);
        }
        assertThrows(NullPointerException.class, () -> new HostDefinition("h", 22, "root", null, false));
    }

    @Test
    void filesystemTypes() {
        assertEquals(FilesystemType.XFS, FilesystemType.parse("XFS"));
        assertEquals("ext4", FilesystemType.parse("ext4").toolName());
        assertThrows(IllegalArgumentException.class, () -> FilesystemType.parse("btrfs"));
        assertThrows(IllegalArgumentException.class, () -> FilesystemType.parse(null));
    }
}
