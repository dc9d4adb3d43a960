package io.arrowhead.scaleio.simulator.internal.cluster;

/** A disk of an SDS that contributes raw capacity to one storage pool. */
public final class DeviceEntity extends KeptJson {

    public final String id;
    public String name;
    public final String sdsId;
    public final String storagePoolId;
    public final String path;
    public final long capacityInKb;
    /** The last injected failure, or null; a fault like the endpoint faults, so not saved in the state file. */
    public DeviceOutage outage;

    public DeviceEntity(String id, String name, String sdsId, String storagePoolId, String path, long capacityInKb) {
        this.id = id;
        this.name = name;
        this.sdsId = sdsId;
        this.storagePoolId = storagePoolId;
        this.path = path;
        this.capacityInKb = capacityInKb;
    }
}
