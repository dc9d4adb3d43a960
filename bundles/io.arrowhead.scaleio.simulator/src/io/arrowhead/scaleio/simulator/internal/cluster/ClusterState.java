package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/**
 * Everything the simulated MDM knows, keyed by object id in creation order. Readers take {@link #lock()}'s read
 * lock, actions its write lock.
 */
public final class ClusterState {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public final SystemEntity system;
    public final ObjectIdAllocator ids;
    public final Map<String, ProtectionDomainEntity> protectionDomains = new LinkedHashMap<>();
    public final Map<String, FaultSetEntity> faultSets = new LinkedHashMap<>();
    public final Map<String, SdsEntity> sdss = new LinkedHashMap<>();
    public final Map<String, StoragePoolEntity> storagePools = new LinkedHashMap<>();
    public final Map<String, DeviceEntity> devices = new LinkedHashMap<>();
    public final Map<String, VTreeEntity> vtrees = new LinkedHashMap<>();
    public final Map<String, VolumeEntity> volumes = new LinkedHashMap<>();
    public final Map<String, SdcEntity> sdcs = new LinkedHashMap<>();

    public ClusterState(SystemEntity system, ObjectIdAllocator ids) {
        this.system = system;
        this.ids = ids;
    }

    public ReentrantReadWriteLock lock() {
        return lock;
    }
}
