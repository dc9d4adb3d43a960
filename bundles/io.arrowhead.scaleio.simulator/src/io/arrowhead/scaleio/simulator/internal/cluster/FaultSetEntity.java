package io.arrowhead.scaleio.simulator.internal.cluster;

public final class FaultSetEntity extends KeptJson {

    public final String id;
    public String name;
    public final String protectionDomainId;

    public FaultSetEntity(String id, String name, String protectionDomainId) {
        this.id = id;
        this.name = name;
        this.protectionDomainId = protectionDomainId;
    }
}
