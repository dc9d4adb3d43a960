package io.arrowhead.scaleio.simulator.internal.cluster;

/** A storage data server; its devices back the storage pools. */
public final class SdsEntity extends KeptJson {

    public final String id;
    public String name;
    public final String protectionDomainId;
    /** Null when the SDS belongs to no fault set. */
    public final String faultSetId;
    public final String ip;
    public boolean connected = true;

    public SdsEntity(String id, String name, String protectionDomainId, String faultSetId, String ip) {
        this.id = id;
        this.name = name;
        this.protectionDomainId = protectionDomainId;
        this.faultSetId = faultSetId;
        this.ip = ip;
    }
}
