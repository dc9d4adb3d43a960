package io.arrowhead.scaleio.simulator.internal.cluster;

/** A storage pool. Its raw capacity is the sum of its devices; its usage follows from its volumes. */
public final class StoragePoolEntity extends KeptJson {

    public final String id;
    public String name;
    public final String protectionDomainId;
    public int sparePercentage = 10;
    /** {@code HDD} or {@code SSD}. */
    public String mediaType = "HDD";
    /** {@code MediumGranularity} or {@code FineGranularity}. */
    public String dataLayout = "MediumGranularity";

    public StoragePoolEntity(String id, String name, String protectionDomainId) {
        this.id = id;
        this.name = name;
        this.protectionDomainId = protectionDomainId;
    }
}
