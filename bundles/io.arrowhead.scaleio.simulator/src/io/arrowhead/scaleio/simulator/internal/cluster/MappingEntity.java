package io.arrowhead.scaleio.simulator.internal.cluster;

/** A volume's mapping to one SDC, with its QoS limits (0 = unlimited). */
public final class MappingEntity {

    public final String sdcId;
    /** {@code ReadWrite}, {@code ReadOnly} or {@code NoAccess}. */
    public String accessMode;
    public long iopsLimit;
    /** Kept in Kbps as set; read back as {@code limitBwInMbps} = Kbps / 1024. */
    public long bandwidthLimitInKbps;

    public MappingEntity(String sdcId, String accessMode) {
        this.sdcId = sdcId;
        this.accessMode = accessMode;
    }
}
