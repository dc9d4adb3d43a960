package io.arrowhead.hosts.emulator.internal;

import java.util.List;

/** The SDC's {@code drv_cfg} tool, in the output formats of the real one (GATEWAY-API.md §6). */
public final class DrvCfg {

    private final DeviceTable devices;
    private final String guid;
    private final String installationId;
    /** The MDM's address as the driver lists it; a TEST-NET address, since the MDM is the simulator. */
    private static final String MDM_IP = "192.0.2.254";
    private volatile String sdcId;

    public DrvCfg(DeviceTable devices, String guid) {
        this.devices = devices;
        this.guid = guid;
        // Stable per SDC, like the id the installer writes once.
        this.installationId = String.format("%016x", (long) guid.hashCode() * 0x9E3779B97F4A7C15L);
    }

    public void setSdcId(String id) {
        this.sdcId = id;
    }

    public Reply run(List<String> args) {
        String option = args.size() == 1 ? args.get(0) : "";
        switch (option) {
            case "--query_guid":
                return Reply.ok(guid + "\n");
            case "--query_vols": {
                List<DeviceTable.Device> visible = devices.devices();
                StringBuilder out = new StringBuilder("Retrieved " + visible.size() + " volume(s)\n");
                visible.forEach(device -> out.append("VOL-ID ").append(device.volumeId()).append(" MDM-ID ")
                        .append(device.systemId()).append('\n'));
                return Reply.ok(out.toString());
            }
            case "--query_mdms": {
                String systemId = devices.systemId();
                if (systemId == null) {
                    return Reply.ok("Retrieved 0 mdm(s)\n");
                }
                return Reply.ok("Retrieved 1 mdm(s)\nMDM-ID " + systemId + " SDC ID " + sdcId
                        + " INSTALLATION ID " + installationId + " IPs [0]-" + MDM_IP + "\n");
            }
            case "--rescan":
                devices.rescan();
                return Reply.ok("Calling kernel module to refresh MDM configuration\n");
            default:
                return Reply.error(1, "Usage: drv_cfg --query_guid | --query_vols | --query_mdms | --rescan");
        }
    }
}
