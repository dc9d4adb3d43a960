package io.arrowhead.scaleio.simulator.internal.cluster;

/** A data client: a host that maps volumes. */
public final class SdcEntity extends KeptJson {

    public final String id;
    /** Often null on real systems until someone names it. */
    public String name;
    /** Upper-case UUID, as {@code drv_cfg --query_guid} prints it. */
    public final String guid;
    public String ip;
    public boolean connected;
    public String versionInfo = "R3_5.1000.0";
    public String kernelVersion = "6.1.0";

    public SdcEntity(String id, String name, String guid, String ip, boolean connected) {
        this.id = id;
        this.name = name;
        this.guid = guid;
        this.ip = ip;
        this.connected = connected;
    }
}
