package io.arrowhead.hosts.emulator.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few paths of an emulated host that the command surface looks at: the SDC tool, the OS release file, a system
 * disk, and the ScaleIO devices of the {@link DeviceTable}. Everything else is missing.
 */
public final class HostFiles {

    /** What a path is, after following links. */
    public enum Kind { MISSING, DIRECTORY, FILE, EXECUTABLE, BLOCK_DEVICE }

    public static final String DRV_CFG = "/opt/emc/scaleio/sdc/bin/drv_cfg";
    public static final String OS_RELEASE = "/etc/os-release";

    /** A system disk, so the by-id listing holds more than ScaleIO links, as on any real host. */
    private static final Map<String, String> SYSTEM_LINKS = Map.of(
            "ata-QEMU_HARDDISK_QM00001", "/dev/sda", "ata-QEMU_HARDDISK_QM00001-part1", "/dev/sda1");
    private static final Set<String> DIRECTORIES = Set.of("/", "/bin", "/dev", "/dev/disk", DeviceTable.BY_ID, "/etc",
            "/opt", "/opt/emc", "/opt/emc/scaleio", "/opt/emc/scaleio/sdc", "/opt/emc/scaleio/sdc/bin", "/sbin",
            "/usr", "/usr/bin", "/usr/sbin", "/tmp", "/var", "/var/lib", "/var/lib/docker");
    private static final Set<String> EXECUTABLES = Set.of(DRV_CFG, "/usr/bin/docker", "/usr/bin/timeout",
            "/usr/bin/sudo", "/usr/bin/uname", "/usr/bin/cat", "/usr/bin/test", "/usr/bin/ls", "/usr/bin/readlink",
            "/usr/sbin/blkid", "/usr/sbin/mkfs.ext4", "/usr/sbin/mkfs.xfs", "/bin/sh");
    private static final Set<String> FILES = Set.of(OS_RELEASE, "/etc/hostname");
    private static final Set<String> SYSTEM_DEVICES = Set.of("/dev/sda", "/dev/sda1");

    private final DeviceTable devices;

    public HostFiles(DeviceTable devices) {
        this.devices = devices;
    }

    public Kind kind(String path) {
        String real = canonical(path);
        if (real == null) {
            return Kind.MISSING;
        } else if (DIRECTORIES.contains(real)) {
            return Kind.DIRECTORY;
        } else if (EXECUTABLES.contains(real)) {
            return Kind.EXECUTABLE;
        } else if (FILES.contains(real)) {
            return Kind.FILE;
        } else if (SYSTEM_DEVICES.contains(real) || devices.find(real).isPresent()) {
            return Kind.BLOCK_DEVICE;
        }
        return Kind.MISSING;
    }

    /** The entries of a directory, sorted like ls; null if it is not one. */
    public List<String> list(String path) {
        String real = canonical(path);
        if (real == null || !DIRECTORIES.contains(real)) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        if (real.equals(DeviceTable.BY_ID)) {
            names.addAll(SYSTEM_LINKS.keySet());
            devices.devices().forEach(device -> names.add(device.linkName()));
        } else {
            String prefix = real.equals("/") ? "/" : real + "/";
            for (Set<String> group : List.of(DIRECTORIES, EXECUTABLES, FILES, SYSTEM_DEVICES)) {
                group.stream().filter(p -> p.startsWith(prefix) && p.length() > prefix.length()
                        && p.indexOf('/', prefix.length()) < 0).forEach(p -> names.add(p.substring(prefix.length())));
            }
            if (real.equals("/dev")) {
                devices.devices().forEach(device -> names.add(device.devicePath().substring(5)));
            }
        }
        return List.copyOf(names);
    }

    /**
     * {@code readlink -f}: the absolute path with links resolved; the last part may be missing, but not a parent
     * (then null).
     */
    public String canonical(String path) {
        String normal = normalize(path);
        int slash = normal.lastIndexOf('/');
        String parent = slash == 0 ? "/" : normal.substring(0, slash);
        String name = normal.substring(slash + 1);
        if (!normal.equals("/") && !DIRECTORIES.contains(parent)) {
            return null;
        }
        if (parent.equals(DeviceTable.BY_ID)) {
            if (SYSTEM_LINKS.containsKey(name)) {
                return SYSTEM_LINKS.get(name);
            }
            return devices.find(normal).map(DeviceTable.Device::devicePath).orElse(normal);
        }
        return normal;
    }

    /** Collapses //, . and ..; a relative path is taken from the root, where the emulated session starts. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            } else if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
