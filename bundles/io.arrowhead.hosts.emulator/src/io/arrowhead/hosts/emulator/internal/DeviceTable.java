package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.arrowhead.hosts.emulator.SanBackend;
import io.arrowhead.hosts.emulator.SanBackend.MappedVolume;

/**
 * The SDC driver's view of one emulated host: the volumes mapped to its SDC, each as a {@code /dev/sciniX} block
 * device with its {@code /dev/disk/by-id} link. Re-reads the backend at most every 250 ms; a letter stays with its
 * volume while the volume is mapped, as the real driver does.
 */
public final class DeviceTable {

    private static final Logger LOG = Logger.getLogger(DeviceTable.class.getName());
    private static final long REFRESH_NANOS = 250_000_000L;
    public static final String BY_ID = "/dev/disk/by-id";

    /** One visible device. */
    public record Device(String systemId, String volumeId, int letterIndex) {

        public String linkName() {
            return "emc-vol-" + systemId + "-" + volumeId;
        }

        public String linkPath() {
            return BY_ID + "/" + linkName();
        }

        public String devicePath() {
            return "/dev/scini" + letters(letterIndex);
        }
    }

    private final SanBackend backend;
    private final String sdcGuid;
    private final Map<String, Device> visible = new LinkedHashMap<>();
    private final BitSet usedLetters = new BitSet();
    private long lastRefresh;
    private boolean refreshed;
    private boolean appearance = true;
    private String systemId;

    public DeviceTable(SanBackend backend, String sdcGuid) {
        this.backend = backend;
        this.sdcGuid = sdcGuid;
    }

    public synchronized List<Device> devices() {
        if (!refreshed || System.nanoTime() - lastRefresh > REFRESH_NANOS) {
            refresh();
        }
        return new ArrayList<>(visible.values());
    }

    /** Reads the mappings now, as {@code drv_cfg --rescan} makes the driver do. */
    public synchronized void rescan() {
        refresh();
    }

    public synchronized void setAppearance(boolean enabled) {
        appearance = enabled;
        refreshed = false;
    }

    /** The system id from the mapped volumes or, failing that, the backend; null if neither knows. */
    public synchronized String systemId() {
        devices();
        if (systemId == null) {
            try {
                systemId = backend.systemId(sdcGuid);
            } catch (IOException e) {
                LOG.log(Level.FINE, "The backend knows no system id for SDC " + sdcGuid + ".", e);
            }
        }
        return systemId;
    }

    /** The device a link or device path names, if it is there. */
    public Optional<Device> find(String path) {
        for (Device device : devices()) {
            if (device.linkPath().equals(path) || device.devicePath().equals(path)) {
                return Optional.of(device);
            }
        }
        return Optional.empty();
    }

    private void refresh() {
        List<MappedVolume> mapped;
        try {
            mapped = backend.mappedVolumes(sdcGuid);
        } catch (IOException e) {
            // A real host keeps its devices while the gateway is unreachable.
            LOG.log(Level.FINE, "Cannot read the volumes mapped to SDC " + sdcGuid + ".", e);
            lastRefresh = System.nanoTime();
            refreshed = true;
            return;
        }
        Map<String, MappedVolume> byId = new LinkedHashMap<>();
        mapped.forEach(volume -> byId.put(volume.volumeId(), volume));
        visible.values().removeIf(device -> {
            boolean gone = !byId.containsKey(device.volumeId());
            if (gone) {
                usedLetters.clear(device.letterIndex());
            }
            return gone;
        });
        for (MappedVolume volume : byId.values()) {
            systemId = volume.systemId();
            if (appearance && !visible.containsKey(volume.volumeId())) {
                int letter = usedLetters.nextClearBit(0);
                usedLetters.set(letter);
                visible.put(volume.volumeId(), new Device(volume.systemId(), volume.volumeId(), letter));
            }
        }
        lastRefresh = System.nanoTime();
        refreshed = true;
    }

    /** 0 → a, 25 → z, 26 → aa, as Linux names disks. */
    static String letters(int index) {
        String name = "";
        int n = index;
        do {
            name = (char) ('a' + n % 26) + name;
            n = n / 26 - 1;
        } while (n >= 0);
        return name;
    }
}
