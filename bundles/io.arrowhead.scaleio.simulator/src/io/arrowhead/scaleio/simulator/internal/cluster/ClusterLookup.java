package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/** Finds objects by type and id, answering the gateway's per-type "not found" errors. Callers hold a lock. */
final class ClusterLookup {

    private final ClusterState state;

    ClusterLookup(ClusterState state) {
        this.state = state;
    }

    /**
     * An id from a path or body, lower-cased (CloudStack validates ids case-insensitively, so upper-case may come
     * back). Anything but 16 hex digits is a malformed request.
     */
    static String checkedId(String raw) {
        String id = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (!ObjectIdAllocator.isValid(id)) {
            throw GatewayErrors.invalid("The id '" + raw + "' is not valid; ids are 16 hexadecimal digits.");
        }
        return id;
    }

    Collection<?> all(WireType type) {
        return switch (type) {
            case SYSTEM -> List.of(state.system);
            case PROTECTION_DOMAIN -> state.protectionDomains.values();
            case STORAGE_POOL -> state.storagePools.values();
            case SDS -> state.sdss.values();
            case DEVICE -> state.devices.values();
            case VOLUME -> state.volumes.values();
            case VTREE -> state.vtrees.values();
            case SDC -> state.sdcs.values();
            case FAULT_SET -> state.faultSets.values();
            case USER, RFCACHE_DEVICE, SNAPSHOT_POLICY -> List.of();
        };
    }

    /** The object, or null. */
    Object find(WireType type, String id) {
        return switch (type) {
            case SYSTEM -> state.system.id.equals(id) ? state.system : null;
            case PROTECTION_DOMAIN -> state.protectionDomains.get(id);
            case STORAGE_POOL -> state.storagePools.get(id);
            case SDS -> state.sdss.get(id);
            case DEVICE -> state.devices.get(id);
            case VOLUME -> state.volumes.get(id);
            case VTREE -> state.vtrees.get(id);
            case SDC -> state.sdcs.get(id);
            case FAULT_SET -> state.faultSets.get(id);
            case USER, RFCACHE_DEVICE, SNAPSHOT_POLICY -> null;
        };
    }

    Object require(WireType type, String id) {
        Object found = find(type, id);
        if (found == null) {
            throw notFound(type);
        }
        return found;
    }

    VolumeEntity volume(String id) {
        return (VolumeEntity) require(WireType.VOLUME, id);
    }

    SdcEntity sdc(String id) {
        return (SdcEntity) require(WireType.SDC, id);
    }

    StoragePoolEntity storagePool(String id) {
        return (StoragePoolEntity) require(WireType.STORAGE_POOL, id);
    }

    ProtectionDomainEntity protectionDomain(String id) {
        return (ProtectionDomainEntity) require(WireType.PROTECTION_DOMAIN, id);
    }

    /** The SDC with this GUID (compared upper-case, as {@code drv_cfg --query_guid} prints it), or null. */
    SdcEntity sdcByGuid(String guid) {
        String wanted = guid.toUpperCase(Locale.ROOT);
        for (SdcEntity sdc : state.sdcs.values()) {
            if (sdc.guid.equals(wanted)) {
                return sdc;
            }
        }
        return null;
    }

    boolean volumeNameInUse(String name) {
        for (VolumeEntity volume : state.volumes.values()) {
            if (name.equals(volume.name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ... whichever no volume has yet. */
    String unusedVolumeName(String base) {
        String name = base;
        for (int suffix = 2; volumeNameInUse(name); suffix++) {
            name = base + "-" + suffix;
        }
        return name;
    }

    /** Whether another SDC than {@code exceptSdcId} already carries the name. */
    boolean sdcNameInUse(String name, String exceptSdcId) {
        for (SdcEntity sdc : state.sdcs.values()) {
            if (name.equals(sdc.name) && !sdc.id.equals(exceptSdcId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The per-type answer for an unknown id. Volume 79 and SDC 80 follow the reference; [open] VTree and the
     * types without objects answer 3 "Not found", since the MDM table has no "could not find" entry for them.
     */
    static GatewayException notFound(WireType type) {
        return switch (type) {
            case SYSTEM -> GatewayErrors.otherSystem();
            case PROTECTION_DOMAIN -> GatewayErrors.protectionDomainNotFound();
            case STORAGE_POOL -> GatewayErrors.storagePoolNotFound();
            case SDS -> GatewayErrors.sdsNotFound();
            case DEVICE -> GatewayErrors.deviceNotFound();
            case VOLUME -> GatewayErrors.volumeNotFound();
            case SDC -> GatewayErrors.sdcNotFound();
            case FAULT_SET -> GatewayErrors.faultSetNotFound();
            case VTREE, USER, RFCACHE_DEVICE, SNAPSHOT_POLICY -> GatewayErrors.notFound();
        };
    }
}
