package io.arrowhead.scaleio.simulator.internal.cluster;

public final class ProtectionDomainEntity extends KeptJson {

    public final String id;
    public String name;

    public ProtectionDomainEntity(String id, String name) {
        this.id = id;
        this.name = name;
    }
}
