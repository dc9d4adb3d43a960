package io.arrowhead.scaleio.simulator.internal.cluster;

/** The system (its id is the MDM id that device paths carry). */
public final class SystemEntity {

    public final String id;
    public String name;
    public final String installId;
    /** Epoch seconds; {@code daysInstalled} is derived from it. */
    public final long installedAt;
    public String systemVersionName = "DellEMC ScaleIO Version: R3_5.1000.112";
    public String softwareVersion = "R3_5.1000.112";

    public SystemEntity(String id, String name, String installId, long installedAt) {
        this.id = id;
        this.name = name;
        this.installId = installId;
        this.installedAt = installedAt;
    }
}
