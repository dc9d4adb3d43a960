package io.arrowhead.hosts.emulator.internal;

import java.util.List;
import java.util.Optional;

import io.arrowhead.hosts.emulator.EmulatedSan;
import io.arrowhead.hosts.emulator.EmulatedSan.Filesystem;

/**
 * {@code blkid -p -o export} and {@code mkfs.ext4}/{@code mkfs.xfs} over the {@link EmulatedSan}: the filesystem is
 * stored with the volume, not the host. Like the real tools, mkfs refuses a device that holds a filesystem unless
 * forced, and refuses the host's own system disk outright.
 */
public final class BlockTools {

    private static final String ROOT_UUID = "6f1c2a9e-3b47-4d2e-9a51-0c8e7d4b2f10";

    private final HostFiles files;
    private final DeviceTable devices;
    private final EmulatedSan san;

    public BlockTools(HostFiles files, DeviceTable devices, EmulatedSan san) {
        this.files = files;
        this.devices = devices;
        this.san = san;
    }

    public Reply blkid(List<String> args) {
        if (args.size() != 4 || !args.get(0).equals("-p") || !args.get(1).equals("-o")
                || !args.get(2).equals("export")) {
            return Reply.error(4, "blkid: emulated host supports only blkid -p -o export DEVICE");
        }
        String device = args.get(3);
        if (files.kind(device) != HostFiles.Kind.BLOCK_DEVICE) {
            return Reply.error(2, "blkid: error: " + device + ": No such file or directory");
        }
        String real = files.canonical(device);
        if (real.equals("/dev/sda")) {
            return Reply.ok("DEVNAME=" + device + "\nPTUUID=1f2e3d4c\nPTTYPE=dos\n");
        } else if (real.equals("/dev/sda1")) {
            return Reply.ok(export(device, new Filesystem("ext4", ROOT_UUID, null)));
        }
        Optional<Filesystem> filesystem = devices.find(real).flatMap(found -> san.filesystem(found.volumeId()));
        return filesystem.map(fs -> Reply.ok(export(device, fs))).orElse(Reply.status(2));
    }

    private static String export(String device, Filesystem fs) {
        StringBuilder out = new StringBuilder("DEVNAME=" + device + "\n");
        if (fs.label() != null) {
            out.append("LABEL=").append(fs.label()).append('\n');
        }
        out.append("UUID=").append(fs.uuid()).append('\n');
        if (fs.type().equals("ext4")) {
            out.append("VERSION=1.0\nBLOCK_SIZE=4096\n");
        } else {
            out.append("BLOCK_SIZE=512\n");
        }
        return out.append("TYPE=").append(fs.type()).append("\nUSAGE=filesystem\n").toString();
    }

    /** {@code mkfs.<type> [-q] [-F|-f] [-L label] DEVICE}. */
    public Reply mkfs(String type, List<String> args) {
        String tool = "mkfs." + type;
        String forceFlag = type.equals("xfs") ? "-f" : "-F";
        boolean force = false;
        String label = null;
        String device = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-q")) {
                continue;
            } else if (arg.equals(forceFlag)) {
                force = true;
            } else if (arg.equals("-L") && i + 1 < args.size()) {
                label = args.get(++i);
            } else if (!arg.startsWith("-") && device == null) {
                device = arg;
            } else {
                return Reply.error(1, "Usage: " + tool + " [-q] [" + forceFlag + "] [-L label] device");
            }
        }
        if (device == null) {
            return Reply.error(1, "Usage: " + tool + " [-q] [" + forceFlag + "] [-L label] device");
        }
        if (files.kind(device) != HostFiles.Kind.BLOCK_DEVICE) {
            return Reply.error(1, type.equals("xfs")
                    ? "Error accessing specified device " + device + ": No such file or directory"
                    : "The file " + device + " does not exist and no size was specified.");
        }
        Optional<DeviceTable.Device> volume = devices.find(files.canonical(device));
        if (volume.isEmpty()) {
            return Reply.error(1, device + " is apparently in use by the system; will not make a filesystem here!");
        }
        String volumeId = volume.get().volumeId();
        if (force) {
            san.wipe(volumeId);
        }
        try {
            san.format(volumeId, type, label);
            return Reply.ok("");
        } catch (IllegalStateException existing) {
            return type.equals("xfs")
                    ? Reply.error(1, "mkfs.xfs: " + device + " appears to contain an existing filesystem ("
                            + existing.getMessage() + ").\nmkfs.xfs: Use the -f option to force overwrite.")
                    // mke2fs asks; with no terminal its question reads end of input, which means no.
                    : new Reply(1, "", device + " contains a " + existing.getMessage()
                            + " file system\nProceed anyway? (y,N) ");
        }
    }
}
